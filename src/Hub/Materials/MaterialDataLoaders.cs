using GraphQL.DataLoader;
using Hub.Access;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Hub.Materials;

public static class MaterialDataLoaders
{
    /// <summary>The materials the caller may see, by id (node look-ups).</summary>
    public static IDataLoaderResult<CompetenceMaterial?> MaterialById(this HubRequestContext hub, int id) =>
        hub.Loaders.Get<int, CompetenceMaterial?>("material-by-id", async (ids, ct) =>
            await hub.Db.Materials.AsNoTracking().VisibleTo(hub.Caller).Where(m => ids.Contains(m.Id))
                .ToDictionaryAsync(m => m.Id, m => (CompetenceMaterial?)m, ct), null).LoadAsync(id);

    /// <summary>Themes, audiences, languages and development areas of materials, one statement per batch.</summary>
    public static IDataLoaderResult<IReadOnlyList<MaterialCode>> CodesOf(this HubRequestContext hub, int materialId) =>
        hub.Loaders.Get<int, IReadOnlyList<MaterialCode>>("material-codes", async (ids, ct) =>
            (await hub.Db.MaterialCodes.AsNoTracking().Where(c => ids.Contains(c.MaterialId)).ToListAsync(ct))
                .GroupBy(c => c.MaterialId).ToDictionary(g => g.Key, g => (IReadOnlyList<MaterialCode>)g.ToList()), []).LoadAsync(materialId);

    /// <summary>A page of an organisation's materials, for every organisation of the batch in one statement.</summary>
    public static IDataLoaderResult<Page<CompetenceMaterial>> MaterialsOf(this HubRequestContext hub, int organisationId,
        MaterialFilter filter, Ordering<CompetenceMaterial> ordering, PageRequest request, string argumentsKey) =>
        hub.Loaders.Get<int, Page<CompetenceMaterial>>($"organisation-materials:{argumentsKey}", (ids, ct) =>
            NestedPaging.PagePerParentAsync(hub.Db.Organisations, ids,
                filter.Apply(hub.Db.Materials.AsNoTracking().VisibleTo(hub.Caller), hub.Db),
                m => m.OwnerId, ordering, request, ct), Empty).LoadAsync(organisationId);

    private static readonly Page<CompetenceMaterial> Empty = new([], false, false, _ => Task.FromResult(0));
}
