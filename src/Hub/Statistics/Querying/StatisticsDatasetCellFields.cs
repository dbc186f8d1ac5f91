using GraphQL;
using GraphQL.Types;
using Hub.Errors;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;

namespace Hub.Statistics.Querying;

/// <summary>The fields of a dataset that read its stored cells, compare groups and point at its exports.</summary>
public static class StatisticsDatasetCellFields
{
    public static void AddCellFields(this ObjectGraphType<StatisticsDataset> type)
    {
        type.Connection<StatisticsDataset, StatisticsCellConnectionType>("cells",
                "The anonymised cells, inner cells and totals (_T), in table order; suppressed ones without a count.")
            .Argument<StatisticsCellFilterInputType>("filter", "Which cells, by coordinates (\"_T\" for a total) and status; all when left out.")
            .Resolve(c =>
            {
                var dataset = c.Source;
                return c.Hub().CellsOf(dataset.Id, Filter(c), c.Paging(), c.ArgumentsKey())
                    .Then(page => page.Map(cell => new CellView(cell, dataset.Dimensions)));
            });

        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsComparisonType>>>>("compare")
            .Description("Compares the groups of one dimension with a reference group, from published cells only: e.g. compare(by: SEX, reference: \"M\") gives " +
                "women's and men's counts, rates and women's rate relative to men's. The other dimensions are taken at their totals unless the filter names " +
                "categories; several categories give one comparison each (e.g. filter: {period: [\"2024-Q1\", \"2024-Q2\"]} compares across periods). " +
                "Empty when the dataset lacks the dimension.")
            .Argument<NonNullGraphType<StatisticsDimensionCodeGraphType>>("by", "The dimension whose groups are compared, e.g. SEX.")
            .Argument<NonNullGraphType<StringGraphType>>("reference", "The reference group's code, e.g. M: every ratio is relative to it.")
            .Argument<StatisticsCellFilterInputType>("filter", "Where in the table to compare (categories of the other dimensions) and which groups; totals by default.")
            .Resolve(c =>
            {
                var dataset = c.Source;
                var hub = c.Hub();
                var by = c.GetArgument<string>("by");
                var reference = c.GetArgument<string>("reference");
                if (!DimensionCategories.IsCategory(hub.Vocabulary, by, reference))
                    throw new HubException(ErrorCodes.BadUserInput, $"`{reference}` is not a category of {by}.",
                        new Dictionary<string, object?> { ["field"] = "reference" });
                return hub.ComparedCellsOf(dataset.Id, by, Filter(c)).Then(cells =>
                    StatisticsComparison.Of(dataset, cells, by, reference, codes => DimensionCategories.Ordered(hub.Vocabulary, by, codes)));
            });

        type.Field<NonNullGraphType<StringGraphType>>("jsonStatUrl")
            .Description("Where to download the dataset as JSON-stat 2.0 (the format of Statistics Sweden's API), relative to the Hub's address; the same visibility applies.")
            .Resolve(c => StatisticsExportEndpoints.JsonStatPath(GlobalId.Encode(StatisticsDatasetType.TypeName, c.Source.Id)));
        type.Field<NonNullGraphType<StringGraphType>>("csvUrl")
            .Description("Where to download the dataset as CSV (a column per dimension, count, population, status), relative to the Hub's address.")
            .Resolve(c => StatisticsExportEndpoints.CsvPath(GlobalId.Encode(StatisticsDatasetType.TypeName, c.Source.Id)));
    }

    private static StatisticsCellFilter Filter(IResolveFieldContext c) =>
        (c.GetArgument<StatisticsCellFilter?>("filter") ?? StatisticsCellFilter.None).Checked(c.Hub().Vocabulary, "filter");
}
