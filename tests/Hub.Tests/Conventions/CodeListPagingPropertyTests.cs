using Hub.Data.Paging;
using Hub.Materials;
using Hub.Tests.Infrastructure;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Conventions;

/// <summary>
/// An item's code list is fetched whole and paged in memory (one plain statement per batch); this compares it with the
/// paging in SQL it replaced (a window per parent, <see cref="NestedPaging"/>) on random batches, page sizes,
/// directions and cursors: the same rows, cursors, page flags and counts.
/// </summary>
public sealed class CodeListPagingPropertyTests
{
    [Fact]
    public async Task InMemoryPagesOfCodeListsEqualThePagesSqlCutsOnRandomRequests()
    {
        using var hub = new HubFactory();
        var random = new Random(20261204);
        var materialIds = await hub.QueryAsync(async db =>
        {
            // Longer lists than the demo data has: some materials get every theme, some none.
            var ids = await db.Materials.OrderBy(m => m.Id).Select(m => m.Id).Take(30).ToListAsync();
            var themes = await db.VocabularyEntries.Where(v => v.Scheme == Schemes.Theme).Select(v => v.Code).ToListAsync();
            var existing = (await db.MaterialCodes.Where(c => c.Scheme == Schemes.Theme).Select(c => new { c.MaterialId, c.Code }).ToListAsync())
                .Select(c => (c.MaterialId, c.Code)).ToHashSet();
            foreach (var id in ids.Take(10))
            foreach (var theme in themes.Where(t => !existing.Contains((id, t))))
                db.MaterialCodes.Add(new MaterialCode { MaterialId = id, Scheme = Schemes.Theme, Code = theme });
            db.MaterialCodes.RemoveRange(db.MaterialCodes.Where(c => c.Scheme == Schemes.Theme && ids.Skip(25).Contains(c.MaterialId)));
            await db.SaveChangesAsync();
            return ids;
        });

        var compared = 0;
        for (var round = 0; round < 300; round++)
        {
            var batch = materialIds.OrderBy(_ => random.Next()).Take(random.Next(1, 12)).Append(int.MaxValue).ToList(); // and one that does not exist
            var request = await RandomRequestAsync(hub, random, batch[0]);
            var (expected, actual) = await hub.QueryAsync(async db =>
            {
                var snapshot = new VocabularyCache.Snapshot(await db.VocabularyEntries.AsNoTracking().ToListAsync());
                var codes = db.MaterialCodes.AsNoTracking();
                var inSql = await NestedPaging.PagePerParentAsync(db.Materials.AsNoTracking(), batch, codes.Where(c => c.Scheme == Schemes.Theme),
                    MaterialCode.OfMaterial, own => own.Join(db.VocabularyEntries, c => new { c.Scheme, c.Code }, v => new { v.Scheme, v.Code },
                        (_, v) => new EntryRef { Id = v.Id, SortOrder = v.SortOrder }), EntryRef.BySortOrder, request, CancellationToken.None);
                var inMemory = await EntryRef.PagePerParentAsync(db, snapshot, batch, codes, MaterialCode.OfMaterial, Schemes.Theme, request, CancellationToken.None);
                return (await DescribeAsync(inSql, p => p.Edges.Select(e => (e.Cursor, e.Node.Id))),
                        await DescribeAsync(inMemory, p => p.Edges.Select(e => (e.Cursor, e.Node.Id))));
            });
            Assert.Equal(expected, actual);
            compared += expected.Count(line => line.Contains('('));
        }
        Assert.True(compared > 300, $"Only {compared} rows were compared; the generated lists are too short to test paging.");
    }

    private static async Task<List<string>> DescribeAsync<T>(IReadOnlyDictionary<int, Page<T>> pages, Func<Page<T>, IEnumerable<(string, int)>> rows)
    {
        var lines = new List<string>();
        foreach (var (parent, page) in pages.OrderBy(p => p.Key))
            lines.Add($"{parent}: next={page.HasNextPage} previous={page.HasPreviousPage} count={await page.CountAsync(CancellationToken.None)} "
                + string.Join(" ", rows(page)));
        return lines;
    }

    /// <summary>first/last in 0..6, with a cursor taken from somewhere in the parent's full list half of the time.</summary>
    private static async Task<PageRequest> RandomRequestAsync(HubFactory hub, Random random, int parent)
    {
        var size = random.Next(0, 7);
        string? cursor = null;
        if (random.Next(2) == 0)
        {
            var all = await hub.QueryAsync(db => db.MaterialCodes.Where(c => c.MaterialId == parent && c.Scheme == Schemes.Theme)
                .Join(db.VocabularyEntries, c => new { c.Scheme, c.Code }, v => new { v.Scheme, v.Code }, (_, v) => new EntryRef { Id = v.Id, SortOrder = v.SortOrder })
                .ToListAsync());
            if (all.Count > 0) cursor = EntryRef.BySortOrder.CursorOf(all[random.Next(all.Count)]);
        }
        return random.Next(2) == 0 ? new PageRequest(size, cursor, null, null) : new PageRequest(null, null, size, cursor);
    }
}
