using GraphQL.Types;

namespace Hub.Statistics.Querying;

public sealed class StatisticsComparisonType : ObjectGraphType<StatisticsComparison>
{
    public StatisticsComparisonType()
    {
        Name = "StatisticsComparison";
        Description = "The groups of one dimension (e.g. women and men) at one combination of the other dimensions, each set against a reference group.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCoordinateType>>>>("coordinates")
            .Description("Where in the table the comparison is made: the category of every other dimension (\"_T\" when taken over all).")
            .Resolve(c => c.Source.Coordinates);
        Field(x => x.Reference).Description("The reference group's code, e.g. M.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsComparisonGroupType>>>>("groups")
            .Description("Every category of the compared dimension, in vocabulary order, the reference among them.")
            .Resolve(c => c.Source.Groups);
    }
}

public sealed class StatisticsComparisonGroupType : ObjectGraphType<ComparisonGroup>
{
    public StatisticsComparisonGroupType()
    {
        Name = "StatisticsComparisonGroup";
        Description = "One group of a comparison, e.g. women, with its published cell and its ratio to the reference group (e.g. men).";
        Field<NonNullGraphType<StatisticsCoordinateType>>("group").Description("The group: its category of the compared dimension.").Resolve(c => c.Source.Coordinate);
        Field(x => x.IsReference).Description("True for the reference group itself (its ratio is 1).");
        Field<NonNullGraphType<StatisticsCellType>>("cell").Description("The group's stored cell: count, population, rate and status.").Resolve(c => c.Source.Cell);
        Field<IntGraphType>("count").Description("The group's count; null when suppressed.")
            .Resolve(c => c.Source.Cell.Cell.Count is { } n ? checked((int)n) : null);
        Field<FloatGraphType>("rate").Description("The group's rate (count / population), when there is one.").Resolve(c => c.Source.Cell.Rate);
        Field<FloatGraphType>("ratio")
            .Description("The group's rate relative to the reference group's (e.g. women's participation rate / men's); null when suppression or a missing population prevents it, see reason.")
            .Resolve(c => c.Source.Ratio);
        Field<ComparisonGapGraphType>("reason").Description("Why ratio is null; null when there is a ratio.").Resolve(c => c.Source.Gap);
        Field<FloatGraphType>("countRatio")
            .Description("The group's count relative to the reference group's; null when either count is suppressed or the reference count is 0.")
            .Resolve(c => c.Source.CountRatio);
    }
}

public sealed class ComparisonGapGraphType : EnumerationGraphType<ComparisonGap>
{
    public ComparisonGapGraphType()
    {
        Name = "RatioGapReason";
        Description = "Why a comparison has no ratio for a group.";
    }
}
