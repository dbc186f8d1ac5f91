using GraphQL.DataLoader;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Interventions;
using Microsoft.EntityFrameworkCore;

namespace Hub.Organisations;

public static class OrganisationDataLoaders
{
    /// <summary>Organisations by id (owners, partners, node look-ups), one statement per batch.</summary>
    public static IDataLoaderResult<Organisation?> OrganisationById(this HubRequestContext hub, int id) =>
        hub.Loaders.Get<int, Organisation?>("organisation-by-id", async (ids, ct) =>
            await hub.Db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => (Organisation?)o, ct), null).LoadAsync(id);

    /// <summary>A page of an intervention's partner organisations, for every intervention of the batch in one statement.</summary>
    public static IDataLoaderResult<Page<Organisation>> PartnersOf(this HubRequestContext hub, int interventionId,
        PageRequest request, string argumentsKey) =>
        hub.Loaders.Get<int, Page<Organisation>>($"intervention-partners:{argumentsKey}", (ids, ct) =>
            NestedPaging.PagePerParentAsync(hub.Db.Interventions.AsNoTracking(), ids, hub.Db.InterventionPartners.AsNoTracking(),
                p => p.InterventionId, p => p.Organisation, OrganisationOrderings.ByCode, request, ct), Empty).LoadAsync(interventionId);

    private static readonly Page<Organisation> Empty = new([], false, false, _ => Task.FromResult(0));
}
