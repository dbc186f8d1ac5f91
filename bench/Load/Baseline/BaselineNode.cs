using Hub.Access;
using Hub.Data;
using Hub.GraphQL;
using Hub.Materials;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Bench.Baseline;

public sealed record MaterialDetail(string Id, string Title, string? Description, string? Platform, string? Licence, int? DurationMinutes,
    int Version, EntryJson Format, NodesOnly<EntryJson> Themes, NodesOnly<EntryJson> Audiences, NodesOnly<EntryJson> Languages,
    OwnerJson Owner);

public sealed record NodeData(MaterialDetail? Node);

/// <summary>`node(id:)` for a material as a plain endpoint: the material (visibility applied), its owner, a page of each of its vocabulary lists.</summary>
public static class BaselineNode
{
    public static async Task<GraphQLData<NodeData>> MaterialAsync(string globalId, HubDbContext db, VocabularyCache.Snapshot vocabulary, CancellationToken ct)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var id) || type != MaterialType.TypeName) return new(new NodeData(null));
        var ids = new List<int> { id };
        var material = await db.Materials.AsNoTracking().VisibleTo(Caller.Anonymous).Where(m => ids.Contains(m.Id)).ToListAsync(ct) is [var found] ? found : null;
        if (material is null) return new(new NodeData(null));
        var owner = (await BaselineMaterials.OwnersAsync(db, [material.OwnerId], ct))[material.OwnerId];
        // One statement per list, as the Hub's loaders send them (each field has its own loader).
        async Task<NodesOnly<EntryJson>> Of(string scheme) =>
            BaselineJson.Nodes(await CodeLists.EntriesPerItemAsync<CompetenceMaterial, MaterialCode>(db, vocabulary, ids, scheme, MaterialCode.OfMaterial, BaselineJson.DefaultPage, ct), id);
        return new(new NodeData(new MaterialDetail(globalId, material.Title, material.Description, material.Platform, material.Licence,
            material.DurationMinutes, material.Version, BaselineJson.Entry(vocabulary, Schemes.Format, material.FormatCode),
            await Of(Schemes.Theme), await Of(Schemes.Audience), await Of(Schemes.Language), owner)));
    }
}
