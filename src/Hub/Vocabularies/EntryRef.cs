using System.Linq.Expressions;
using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hub.Vocabularies;

/// <summary>
/// What a nested page of vocabulary entries needs from SQL: the entry's id and its place in the listing order. The
/// entries themselves (labels, descriptions) come from the request's vocabulary snapshot, so a material's themes
/// cost two integers per row instead of a full entry.
/// </summary>
public sealed class EntryRef : IEntity
{
    public int Id { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The same order and cursors as <see cref="VocabularyOrderings.BySortOrder"/>.</summary>
    public static readonly Ordering<EntryRef, int> BySortOrder = new(VocabularyOrderings.BySortOrder.Name, e => e.SortOrder);

    /// <summary>
    /// Pages of each parent's entries of one vocabulary (a material's themes, an intervention's target groups …) for every
    /// parent of the batch in one statement: the batch's code rows joined to the vocabulary, three integers per row,
    /// paged here. An item has a handful of codes of one vocabulary, so fetching them whole is cheaper than numbering
    /// them per parent in SQL, and the counts come with them.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, Page<VocabularyEntry>>> PagePerParentAsync<TCode>(HubDbContext db,
        VocabularyCache.Snapshot vocabulary, IReadOnlyList<int> parentIds, IQueryable<TCode> codes,
        Expression<Func<TCode, int>> parentKey, string scheme, PageRequest request, CancellationToken cancellationToken)
        where TCode : class, ICodeRow
    {
        var rows = parentIds.Count == 0
            ? []
            : await codes.Where(c => c.Scheme == scheme).Where(InBatch(parentKey, parentIds))
                .Join(db.VocabularyEntries, c => new { c.Scheme, c.Code }, v => new { v.Scheme, v.Code }, ParentEntry(parentKey))
                .ToListAsync(cancellationToken);
        var byParent = rows.ToLookup(r => r.ParentId, r => new EntryRef { Id = r.Id, SortOrder = r.SortOrder });
        var pages = parentIds.Distinct().ToDictionary(id => id, id =>
        {
            var own = byParent[id].ToList();
            var scanned = request.Size == 0 ? [] : BySortOrder.Scan(own, request);
            return BySortOrder.ToPage(scanned, request, _ => Task.FromResult(own.Count));
        });
        return await ResolveAsync(pages, vocabulary, db, cancellationToken);
    }

    /// <summary>(code, entry) =&gt; the code's parent id, the entry's id and place: the parent key written into the projection.</summary>
    private static Expression<Func<TCode, VocabularyEntry, ParentEntryRow>> ParentEntry<TCode>(Expression<Func<TCode, int>> parentKey)
    {
        var entry = Expression.Parameter(typeof(VocabularyEntry), "v");
        var row = Expression.New(typeof(ParentEntryRow).GetConstructors()[0], parentKey.Body,
            Expression.Property(entry, nameof(VocabularyEntry.Id)), Expression.Property(entry, nameof(VocabularyEntry.SortOrder)));
        return Expression.Lambda<Func<TCode, VocabularyEntry, ParentEntryRow>>(row, parentKey.Parameters[0], entry);
    }

    /// <summary>The batch's rows only; the ids go in as one parameter, not as constants.</summary>
    private static Expression<Func<TCode, bool>> InBatch<TCode>(Expression<Func<TCode, int>> parentKey, IReadOnlyList<int> parentIds)
    {
        var ids = Expression.Field(Expression.Constant(new BatchIds(parentIds)), nameof(BatchIds.Ids));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], ids, parentKey.Body);
        return Expression.Lambda<Func<TCode, bool>>(contains, parentKey.Parameters[0]);
    }

    private sealed class BatchIds(IReadOnlyList<int> ids)
    {
        public readonly IReadOnlyList<int> Ids = ids;
    }

    private sealed record ParentEntryRow(int ParentId, int Id, int SortOrder);

    /// <summary>Turns pages of references into pages of entries: from the snapshot, or from the database for entries newer than it.</summary>
    private static async Task<IReadOnlyDictionary<int, Page<VocabularyEntry>>> ResolveAsync(IReadOnlyDictionary<int, Page<EntryRef>> pages,
        VocabularyCache.Snapshot vocabulary, HubDbContext db, CancellationToken cancellationToken)
    {
        var missing = pages.Values.SelectMany(p => p.Edges).Select(e => e.Node.Id).Where(id => vocabulary.ById(id) is null).Distinct().ToList();
        var newer = missing.Count == 0
            ? new Dictionary<int, VocabularyEntry>()
            : await db.VocabularyEntries.AsNoTracking().Where(v => missing.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return pages.ToDictionary(p => p.Key, p => p.Value.Map(e => vocabulary.ById(e.Id) ?? newer[e.Id]));
    }
}

/// <summary>A stored row that gives an item one code of a vocabulary (a material's theme, an intervention's county …).</summary>
public interface ICodeRow
{
    string Scheme { get; }
    string Code { get; }
}
