using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.Materials;
using Hub.Organisations;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Bench.Baseline;

public sealed record MaterialNode(string Id, string Title, int? DurationMinutes, EntryJson Format, OwnerJson Owner, NodesOnly<EntryJson> Themes);

public sealed record MaterialsData(Connection<MaterialNode> Materials);

/// <summary>
/// The material list as a plain endpoint: the same EF Core statements the Hub's resolver and loaders send (the
/// keyset page through the Hub's own filter, visibility rule and ordering; owners by id; a page of themes per material).
/// </summary>
public static class BaselineMaterials
{
    public static async Task<GraphQLData<MaterialsData>> ListAsync(string? theme, HubDbContext db, VocabularyCache.Snapshot vocabulary, CancellationToken ct)
    {
        var filter = new MaterialFilter { Themes = theme is null ? null : [theme] };
        var materials = filter.Apply(db.Materials.AsNoTracking().VisibleTo(Caller.Anonymous), db);
        var page = await ItemOrderings<CompetenceMaterial>.Default.PageAsync(materials, new PageRequest(20, null, null, null), ct);
        var rows = page.Edges.Select(e => e.Node).ToList();
        var owners = await OwnersAsync(db, rows.Select(m => m.OwnerId), ct);
        var ids = rows.Select(m => m.Id).ToList();
        var themes = await CodeLists.EntriesPerItemAsync<CompetenceMaterial, MaterialCode>(db, vocabulary, ids, Schemes.Theme, MaterialCode.OfMaterial, BaselineJson.DefaultPage, ct);
        var nodes = rows.Select(m => new MaterialNode(GlobalId.Encode(MaterialType.TypeName, m.Id), m.Title, m.DurationMinutes,
            BaselineJson.Entry(vocabulary, Schemes.Format, m.FormatCode), owners[m.OwnerId],
            BaselineJson.Nodes(themes, m.Id))).ToList();
        return new(new MaterialsData(new Connection<MaterialNode>(nodes, new PageInfoJson(page.HasNextPage, page.EndCursor))));
    }

    public static async Task<Dictionary<int, OwnerJson>> OwnersAsync(HubDbContext db, IEnumerable<int> ownerIds, CancellationToken ct)
    {
        var ids = ownerIds.Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OwnerJson(GlobalId.Encode(OrganisationType.TypeName, o.Id), o.Code, o.Name), ct);
    }
}
