using GraphQL.DataLoader;
using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Materials;

public static class MaterialDataLoaders
{
    /// <summary>The materials the caller may see, by id (node look-ups).</summary>
    public static IDataLoaderResult<CompetenceMaterial?> MaterialById(this HubRequestContext hub, int id) =>
        hub.Loaders.Get<int, CompetenceMaterial?>("material-by-id", async (ids, ct) =>
            await hub.Db.Materials.AsNoTracking().VisibleTo(hub.Caller).Where(m => ids.Contains(m.Id))
                .ToDictionaryAsync(m => m.Id, m => (CompetenceMaterial?)m, ct), null).LoadAsync(id);

    /// <summary>
    /// A page of a material's entries of one vocabulary (themes, audiences …) in the vocabulary's order, for every
    /// material of the batch in one statement.
    /// </summary>
    public static IDataLoaderResult<Page<VocabularyEntry>> EntriesOf(this HubRequestContext hub, int materialId, string scheme,
        PageRequest request, string argumentsKey) =>
        hub.Loaders.Get<int, Page<VocabularyEntry>>($"material-codes:{scheme}:{argumentsKey}", (ids, ct) =>
            EntriesPerMaterialAsync(hub.Db, hub.Vocabulary, ids, scheme, request, ct), Page<VocabularyEntry>.Empty).LoadAsync(materialId);

    /// <summary>The statement behind <see cref="EntriesOf"/> (the load benchmark's baseline sends it too).</summary>
    public static Task<IReadOnlyDictionary<int, Page<VocabularyEntry>>> EntriesPerMaterialAsync(HubDbContext db, VocabularyCache.Snapshot vocabulary,
        IReadOnlyList<int> materialIds, string scheme, PageRequest request, CancellationToken cancellationToken) =>
        EntryRef.PagePerParentAsync(db, vocabulary, db.Materials.AsNoTracking(), materialIds, db.MaterialCodes.AsNoTracking(), c => c.MaterialId,
            scheme, request, cancellationToken);

    /// <summary>A page of an organisation's materials, for every organisation of the batch in one statement.</summary>
    public static IDataLoaderResult<Page<CompetenceMaterial>> MaterialsOf(this HubRequestContext hub, int organisationId,
        MaterialFilter filter, Ordering<CompetenceMaterial> ordering, PageRequest request, string argumentsKey) =>
        hub.Loaders.Get<int, Page<CompetenceMaterial>>($"organisation-materials:{argumentsKey}", (ids, ct) =>
            NestedPaging.PagePerParentAsync(hub.Db.Organisations, ids,
                filter.Apply(hub.Db.Materials.AsNoTracking().VisibleTo(hub.Caller), hub.Db),
                m => m.OwnerId, ordering, request, ct), Empty).LoadAsync(organisationId);

    private static readonly Page<CompetenceMaterial> Empty = new([], false, false, _ => Task.FromResult(0));
}
