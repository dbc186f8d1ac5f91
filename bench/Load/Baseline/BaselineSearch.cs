using System.Text.Json.Serialization;
using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.Interventions;
using Hub.Materials;
using Hub.Search;
using Hub.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Hub.Bench.Baseline;

public sealed record SearchNode(string Kind, double Rank, SnippetJson Snippet, SearchItemJson Item);

public sealed record SnippetJson(string Text, IReadOnlyList<RangeJson> Highlights);

public sealed record RangeJson(int Start, int Length);

public sealed record SearchItemJson([property: JsonPropertyName("__typename")] string TypeName, string Id, string Title, OwnerJson Owner);

public sealed record SearchData(Connection<SearchNode> Search);

/// <summary>Search as a plain endpoint: the Hub's FTS5 statement with its visibility filter, then items by kind, then owners.</summary>
public static class BaselineSearch
{
    private static readonly Ordering<SearchHit> ByRelevance = new Ordering<SearchHit, double>("RELEVANCE", h => h.Rank, descending: true);

    public static async Task<GraphQLData<SearchData>> SearchAsync(string text, HubDbContext db, CancellationToken ct)
    {
        var caller = Caller.Anonymous;
        var hits = db.Provider.Search.Matching(db, text);
        hits = hits.VisibleTo(db, caller);
        var page = await ByRelevance.PageAsync(hits, new PageRequest(20, null, null, null), ct);
        var found = page.Edges.Select(e => e.Node).ToList();

        var items = new Dictionary<(string, int), IOwnedItem>();
        if (Ids(found, SearchKinds.Material) is { Count: > 0 } materialIds)
            foreach (var m in await db.Materials.AsNoTracking().VisibleTo(caller).Where(m => materialIds.Contains(m.Id)).ToListAsync(ct))
                items[(SearchKinds.Material, m.Id)] = m;
        if (Ids(found, SearchKinds.Intervention) is { Count: > 0 } interventionIds)
            foreach (var i in await db.Interventions.AsNoTracking().VisibleTo(caller).Where(i => interventionIds.Contains(i.Id)).ToListAsync(ct))
                items[(SearchKinds.Intervention, i.Id)] = i;
        if (Ids(found, SearchKinds.Dataset) is { Count: > 0 } datasetIds)
            foreach (var d in await db.StatisticsDatasets.AsNoTracking().VisibleTo(caller).Where(d => datasetIds.Contains(d.Id)).ToListAsync(ct))
                items[(SearchKinds.Dataset, d.Id)] = d;
        var owners = await BaselineMaterials.OwnersAsync(db, items.Values.Select(i => i.OwnerId), ct);

        var nodes = found.Select(h =>
        {
            var item = items[(h.Kind, h.ItemId)];
            var (text, highlights) = SearchText.Unmark(h.Snippet);
            return new SearchNode(h.Kind, h.Rank, new SnippetJson(text, highlights.Select(r => new RangeJson(r.Start, r.Length)).ToList()),
                new SearchItemJson(TypeName(h.Kind), GlobalId.Encode(TypeName(h.Kind), item.Id), item.Title, owners[item.OwnerId]));
        }).ToList();
        return new(new SearchData(new Connection<SearchNode>(nodes, new PageInfoJson(page.HasNextPage, page.EndCursor))));
    }

    private static List<int> Ids(IEnumerable<SearchHit> hits, string kind) => hits.Where(h => h.Kind == kind).Select(h => h.ItemId).ToList();

    private static string TypeName(string kind) => kind switch
    {
        SearchKinds.Material => MaterialType.TypeName,
        SearchKinds.Intervention => InterventionType.TypeName,
        _ => StatisticsDatasetType.TypeName,
    };
}
