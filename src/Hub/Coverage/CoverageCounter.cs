using Hub.Access;
using Hub.GraphQL;
using Hub.Organisations;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Coverage;

/// <summary>
/// Counts items per organisation and vocabulary entry with one GROUP BY over the items the caller may see, so the
/// matrix agrees with the lists: a cell holds exactly what <c>materials(filter: { owners, themes })</c> would count.
/// </summary>
public static class CoverageCounter
{
    public static async Task<CoverageMatrix> CountAsync(HubRequestContext hub, CoverageRequest request, string scheme, CancellationToken ct)
    {
        var organisations = await request.Organisations.Apply(hub.Db.Organisations.AsNoTracking())
            .OrderByDescending(o => o.IsPlanAgency).ThenBy(o => o.Code).ToListAsync(ct);
        var counts = (await CountsAsync(hub, request, scheme, ct)).ToDictionary(c => (c.OwnerId, c.Code), c => c.Count);

        // Rows are the whole vocabulary, so an entry nobody covers still shows; a stored code the vocabulary lacks still counts.
        var known = hub.Vocabulary.Scheme(scheme).Select(e => e.Code);
        var entries = hub.Entries(scheme, known.Union(counts.Keys.Select(k => k.Code)).Distinct());
        var cells = entries
            .SelectMany(entry => organisations.Select(o => new CoverageCell(o, entry, counts.GetValueOrDefault((o.Id, entry.Code)))))
            .ToList();
        return new CoverageMatrix(request.Kind, request.Dimension, entries, organisations, cells);
    }

    private sealed record OwnerCodeCount(int OwnerId, string Code, int Count);

    private static async Task<List<OwnerCodeCount>> CountsAsync(HubRequestContext hub, CoverageRequest request, string scheme, CancellationToken ct)
    {
        var db = hub.Db;
        if (request.Kind == CoverageKind.Material)
        {
            var materials = request.MaterialFilter.Apply(db.Materials.AsNoTracking().VisibleTo(hub.Caller), db);
            var pairs = scheme == Schemes.Format
                ? materials.Select(m => new { m.OwnerId, Code = m.FormatCode })
                : materials.SelectMany(m => m.Codes.Where(c => c.Scheme == scheme), (m, c) => new { m.OwnerId, c.Code });
            return await pairs.GroupBy(p => new { p.OwnerId, p.Code })
                .Select(g => new OwnerCodeCount(g.Key.OwnerId, g.Key.Code, g.Count())).ToListAsync(ct);
        }
        var interventions = request.InterventionFilter.Apply(db.Interventions.AsNoTracking().VisibleTo(hub.Caller), db);
        var interventionPairs = scheme == Schemes.InterventionKind
            ? interventions.Select(i => new { i.OwnerId, Code = i.KindCode })
            : interventions.SelectMany(i => i.Codes.Where(c => c.Scheme == scheme), (i, c) => new { i.OwnerId, c.Code });
        return await interventionPairs.GroupBy(p => new { p.OwnerId, p.Code })
            .Select(g => new OwnerCodeCount(g.Key.OwnerId, g.Key.Code, g.Count())).ToListAsync(ct);
    }
}
