using GraphQL.DataLoader;
using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Interventions;

public static class InterventionDataLoaders
{
    /// <summary>The interventions the caller may see, by id.</summary>
    public static IDataLoaderResult<Intervention?> InterventionById(this HubRequestContext hub, int id) =>
        hub.Loaders.Get<int, Intervention?>("intervention-by-id", async (ids, ct) =>
            await hub.Db.Interventions.AsNoTracking().VisibleTo(hub.Caller).Where(i => ids.Contains(i.Id))
                .ToDictionaryAsync(i => i.Id, i => (Intervention?)i, ct), null).LoadAsync(id);

    /// <summary>
    /// A page of an intervention's entries of one vocabulary (development areas, target groups, counties) in the
    /// vocabulary's order, for every intervention of the batch in one statement.
    /// </summary>
    public static IDataLoaderResult<Page<VocabularyEntry>> EntriesOf(this HubRequestContext hub, int interventionId, string scheme,
        PageRequest request, string argumentsKey) =>
        hub.Loaders.Get<int, Page<VocabularyEntry>>($"intervention-codes:{scheme}:{argumentsKey}", (ids, ct) =>
            EntriesPerInterventionAsync(hub.Db, hub.Vocabulary, ids, scheme, request, ct), Page<VocabularyEntry>.Empty).LoadAsync(interventionId);

    /// <summary>The statement behind <see cref="EntriesOf"/> (the load benchmark's baseline sends it too).</summary>
    public static Task<IReadOnlyDictionary<int, Page<VocabularyEntry>>> EntriesPerInterventionAsync(HubDbContext db, VocabularyCache.Snapshot vocabulary,
        IReadOnlyList<int> interventionIds, string scheme, PageRequest request, CancellationToken cancellationToken) =>
        EntryRef.PagePerParentAsync(db, vocabulary, db.Interventions.AsNoTracking(), interventionIds, db.InterventionCodes.AsNoTracking(), c => c.InterventionId,
            scheme, request, cancellationToken);

    /// <summary>Development areas, target groups and counties of interventions, one statement per batch (whether it is nationwide).</summary>
    public static IDataLoaderResult<IReadOnlyList<InterventionCode>> CodesOf(this HubRequestContext hub, int interventionId) =>
        hub.Loaders.Get<int, IReadOnlyList<InterventionCode>>("intervention-codes", async (ids, ct) =>
            (await hub.Db.InterventionCodes.AsNoTracking().Where(c => ids.Contains(c.InterventionId)).ToListAsync(ct))
                .GroupBy(c => c.InterventionId).ToDictionary(g => g.Key, g => (IReadOnlyList<InterventionCode>)g.ToList()), []).LoadAsync(interventionId);

    /// <summary>A page of an organisation's interventions, for every organisation of the batch in one statement.</summary>
    public static IDataLoaderResult<Page<Intervention>> InterventionsOf(this HubRequestContext hub, int organisationId,
        InterventionFilter filter, Ordering<Intervention> ordering, PageRequest request, string argumentsKey) =>
        hub.Loaders.Get<int, Page<Intervention>>($"organisation-interventions:{argumentsKey}", (ids, ct) =>
            NestedPaging.PagePerParentAsync(hub.Db.Organisations, ids,
                filter.Apply(hub.Db.Interventions.AsNoTracking().VisibleTo(hub.Caller), hub.Db),
                i => i.OwnerId, ordering, request, ct), Empty).LoadAsync(organisationId);

    private static readonly Page<Intervention> Empty = new([], false, false, _ => Task.FromResult(0));
}
