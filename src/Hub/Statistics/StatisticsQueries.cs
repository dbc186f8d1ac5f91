using GraphQL.Types;
using Hub.GraphQL;

namespace Hub.Statistics;

public static class StatisticsQueries
{
    public static void AddStatisticsQueries(this ObjectGraphType query) =>
        query.AddInventoryList<StatisticsDataset, StatisticsDatasetConnectionType, StatisticsDatasetFilterInputType, StatisticsDatasetFilter>("statisticsDatasets",
            "Anonymised follow-up statistics of every organisation that you may see.",
            "Which datasets to list.", db => db.StatisticsDatasets);
}
