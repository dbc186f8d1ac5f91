using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.Vocabularies;

namespace Hub.Statistics.Querying;

public sealed class StatisticsCellType : ObjectGraphType<CellView>
{
    public StatisticsCellType()
    {
        Name = "StatisticsCell";
        Description = "One cell of an anonymised table, inner or total, as stored after disclosure control (röjandekontroll). Suppressed cells have no count.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCoordinateType>>>>("coordinates")
            .Description("The cell's category on each dimension of the dataset, in the dataset's order; \"_T\" for a total.")
            .Resolve(c => c.Source.Coordinates);
        Field<IntGraphType>("count").Description("The number of people (antal); null when suppressed.")
            .Resolve(c => c.Source.Cell.Count is { } n ? checked((int)n) : null);
        Field<IntGraphType>("population").Description("The rate's denominator (population); null when suppressed or not given.")
            .Resolve(c => c.Source.Cell.Population is { } n ? checked((int)n) : null);
        Field<FloatGraphType>("rate").Description("count / population (andel), when both are published and the population is not 0.")
            .Resolve(c => c.Source.Rate);
        Field<NonNullGraphType<StatisticsCellStatusGraphType>>("status").Description("Whether the count is published, zero or suppressed, and why.")
            .Resolve(c => c.Source.Cell.Status);
        Field<StringGraphType>("sdmxStatus").Description("The SDMX confidentiality status of a suppressed cell: A (primary) or D (secondary); null when shown.")
            .Resolve(c => c.Source.Cell.Status.SdmxStatus());
    }
}

public sealed class StatisticsCellConnectionType() : ConnectionGraphType<StatisticsCellType, CellView>("StatisticsCell", "cells");

public sealed class StatisticsCoordinateType : ObjectGraphType<CellCoordinate>
{
    public StatisticsCoordinateType()
    {
        Name = "StatisticsCoordinate";
        Description = "A cell's category on one dimension.";
        Field<NonNullGraphType<VocabularyEntryType>>("dimension").Description("The dimension (bakgrundsvariabel), from the STATISTICS_DIMENSION vocabulary.")
            .Resolve(c => c.Hub().Entry(Schemes.StatisticsDimension, c.Source.Dimension));
        Field(x => x.Code).Description("The category code, e.g. F or 01; \"_T\" for the dimension's total.");
        Field<NonNullGraphType<StringGraphType>>("labelSv").Description("The category's Swedish label, e.g. Kvinnor; Totalt for the total.")
            .Resolve(c => DimensionCategories.Labels(c.Hub().Vocabulary, c.Source.Dimension, c.Source.Code).Sv);
        Field<NonNullGraphType<StringGraphType>>("labelEn").Description("The category's English label, e.g. Women; Total for the total.")
            .Resolve(c => DimensionCategories.Labels(c.Hub().Vocabulary, c.Source.Dimension, c.Source.Code).En);
        Field<NonNullGraphType<BooleanGraphType>>("isTotal").Description("True for the dimension's total (_T).")
            .Resolve(c => c.Source.Code == CellColumns.Total);
    }
}

public sealed class StatisticsCellStatusGraphType : EnumerationGraphType
{
    public StatisticsCellStatusGraphType()
    {
        Name = "StatisticsCellStatus";
        Description = "Why a cell's count is or is not shown.";
        Add("PUBLISHED", CellStatus.Published, "The count is at or above the threshold and published.");
        Add("ZERO", CellStatus.Zero, "The count is 0 and published as 0.");
        Add("SUPPRESSED_PRIMARY", CellStatus.PrimarySuppressed, "Suppressed because the count is between 1 and the threshold minus one (SDMX confidentiality status A).");
        Add("SUPPRESSED_SECONDARY", CellStatus.SecondarySuppressed, "Suppressed so that no primary-suppressed cell can be worked out from the published ones (SDMX confidentiality status D).");
    }
}

public sealed class StatisticsDimensionCodeGraphType : EnumerationGraphType
{
    public StatisticsDimensionCodeGraphType()
    {
        Name = "StatisticsDimensionCode";
        Description = "The shared statistics dimensions (bakgrundsvariabler), as in the STATISTICS_DIMENSION vocabulary.";
        foreach (var column in CellColumns.All) Add(column.Dimension, column.Dimension, $"The {column.Dimension} dimension.");
    }
}
