using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics;

public static class StatisticsQueries
{
    public static void AddStatisticsQueries(this ObjectGraphType query) =>
        query.Connection<object?, StatisticsDatasetConnectionType>("statisticsDatasets",
                "Anonymised follow-up statistics of every organisation that you may see.")
            .Argument<StatisticsDatasetFilterInputType>("filter", "Which datasets to list.")
            .Argument<ItemOrderInputType>("orderBy", "Order of the list (default: title).")
            .ResolveAsync(async c =>
            {
                var hub = c.Hub();
                var datasets = c.DatasetFilter().Apply(hub.Db.StatisticsDatasets.AsNoTracking().VisibleTo(hub.Caller), hub.Db);
                return await c.Ordering<StatisticsDataset>().PageAsync(datasets, c.Paging(), c.CancellationToken);
            });

    public static StatisticsDatasetFilter DatasetFilter(this IResolveFieldContext c)
    {
        var filter = c.GetArgument<StatisticsDatasetFilter?>("filter") ?? StatisticsDatasetFilter.None;
        Vocabularies.CodeCheck.EnsureKnown(c.Hub().Vocabulary, "filter", filter.CodeFields());
        return filter;
    }
}
