using GraphQL.DataLoader;
using Hub.Access;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics;

public static class StatisticsDataLoaders
{
    /// <summary>The datasets the caller may see, by id.</summary>
    public static IDataLoaderResult<StatisticsDataset?> DatasetById(this HubRequestContext hub, int id) =>
        hub.Loaders.Get<int, StatisticsDataset?>("dataset-by-id", async (ids, ct) =>
            await hub.Db.StatisticsDatasets.AsNoTracking().VisibleTo(hub.Caller).Where(d => ids.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, d => (StatisticsDataset?)d, ct), null).LoadAsync(id);

    /// <summary>A page of an organisation's datasets, for every organisation of the batch in one statement.</summary>
    public static IDataLoaderResult<Page<StatisticsDataset>> DatasetsOf(this HubRequestContext hub, int organisationId,
        StatisticsDatasetFilter filter, Ordering<StatisticsDataset> ordering, PageRequest request, string argumentsKey) =>
        hub.Loaders.Get<int, Page<StatisticsDataset>>($"organisation-datasets:{argumentsKey}", (ids, ct) =>
            NestedPaging.PagePerParentAsync(hub.Db.Organisations, ids,
                filter.Apply(hub.Db.StatisticsDatasets.AsNoTracking().VisibleTo(hub.Caller), hub.Db),
                d => d.OwnerId, ordering, request, ct), Empty).LoadAsync(organisationId);

    private static readonly Page<StatisticsDataset> Empty = new([], false, false, _ => Task.FromResult(0));
}
