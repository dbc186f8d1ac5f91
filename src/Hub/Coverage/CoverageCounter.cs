using Hub.GraphQL;
using Hub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Coverage;

/// <summary>
/// Counts items per organisation and vocabulary entry with one GROUP BY over the items the caller may see, so the
/// matrix agrees with the lists: a cell holds exactly what <c>materials(filter: { owners, themes })</c> would count.
/// </summary>
public static class CoverageCounter
{
    /// <param name="codes">Each visible item's owner and code of the request's vocabulary, after the caller's filter (SQL).</param>
    public static async Task<CoverageMatrix> CountAsync(HubRequestContext hub, CoverageRequest request, IQueryable<Kinds.OwnerCode> codes,
        CancellationToken ct)
    {
        var organisations = await request.Organisations.Apply(hub.Db.Organisations.AsNoTracking())
            .OrderByDescending(o => o.IsPlanAgency).ThenBy(o => o.Code).ToListAsync(ct);
        var counts = (await codes.GroupBy(p => new { p.OwnerId, p.Code })
                .Select(g => new { g.Key.OwnerId, g.Key.Code, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(c => (c.OwnerId, c.Code), c => c.Count);

        // Rows are the whole vocabulary, so an entry nobody covers still shows; a stored code the vocabulary lacks still counts.
        var known = hub.Vocabulary.Scheme(request.Scheme).Select(e => e.Code);
        var entries = hub.Entries(request.Scheme, known.Union(counts.Keys.Select(k => k.Code)).Distinct());
        var cells = entries
            .SelectMany(entry => organisations.Select(o => new CoverageCell(o, entry, counts.GetValueOrDefault((o.Id, entry.Code)))))
            .ToList();
        return new CoverageMatrix(request.Kind.Coverage!.Name, request.Dimension, entries, organisations, cells);
    }
}
