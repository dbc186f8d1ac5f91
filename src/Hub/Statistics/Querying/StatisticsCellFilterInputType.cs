using GraphQL.Types;

namespace Hub.Statistics.Querying;

public sealed class StatisticsCellFilterInputType : InputObjectGraphType<StatisticsCellFilter>
{
    public StatisticsCellFilterInputType()
    {
        Name = "StatisticsCellFilter";
        Description = "Selects cells by coordinates: per dimension the category codes wanted, \"_T\" for the dimension's total. " +
            "Dimensions combine with AND, the codes of one dimension with OR. \"_T\" also matches datasets without that dimension.";
        foreach (var column in CellColumns.All)
        {
            Field<ListGraphType<NonNullGraphType<StringGraphType>>>(column.FieldName)
                .Description(column.Dimension == PeriodCodes.Dimension
                    ? "PERIOD codes (2024, 2024-H1, 2024-Q1, 2024-01) or _T."
                    : $"{column.Dimension} codes (see vocabulary(scheme: {DimensionCategories.SchemeOf(column.Dimension)})) or _T.");
        }
        Field<ListGraphType<NonNullGraphType<StatisticsCellStatusGraphType>>>("status").Description("Only cells with one of these statuses.");
    }
}
