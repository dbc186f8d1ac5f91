using GraphQL.DataLoader;
using Hub.Access;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics;

public static class StatisticsDataLoaders
{
    /// <summary>
    /// A page of a dataset's dimensions in the dataset's own order (SEX first), for every dataset of the batch in one
    /// statement: the position of each STATISTICS_DIMENSION entry in the dataset's list of codes is computed in SQL.
    /// </summary>
    public static IDataLoaderResult<Page<VocabularyEntry>> DimensionsOf(this HubRequestContext hub, int datasetId, PageRequest request,
        string argumentsKey) =>
        hub.Loaders.Get<int, Page<VocabularyEntry>>($"dataset-dimensions:{argumentsKey}", async (ids, ct) =>
        {
            var dimensions =
                from dataset in hub.Db.StatisticsDatasets.AsNoTracking()
                from entry in hub.Db.VocabularyEntries.AsNoTracking().Where(e => e.Scheme == Schemes.StatisticsDimension)
                let position = ("," + dataset.DimensionCodes + ",").IndexOf("," + entry.Code + ",")
                where position >= 0
                select new DatasetDimension { DatasetId = dataset.Id, Position = position, Id = entry.Id, Entry = entry };
            var pages = await NestedPaging.PagePerParentAsync(hub.Db.StatisticsDatasets.AsNoTracking(), ids, dimensions,
                d => d.DatasetId, DatasetDimension.TableOrder, request, ct);
            return pages.ToDictionary(p => p.Key, p => p.Value.Map(d => d.Entry));
        }, Page<VocabularyEntry>.Empty).LoadAsync(datasetId);
}

/// <summary>A dimension of a dataset at its place in the dataset's order; only ever built inside a query.</summary>
public sealed class DatasetDimension : IEntity
{
    public static readonly Ordering<DatasetDimension> TableOrder = new Ordering<DatasetDimension, int>("DATASET_ORDER", d => d.Position);

    public int DatasetId { get; init; }

    /// <summary>Where the code stands in the dataset's list of codes (a character offset: it orders, nothing more).</summary>
    public int Position { get; init; }

    /// <summary>The entry's id, the ordering's tie-breaker.</summary>
    public int Id { get; init; }

    public required VocabularyEntry Entry { get; init; }
}
