using GraphQL.Types;
using Hub.GraphQL.Limits;
using Hub.GraphQL.Types;

namespace Hub.Statistics.Publishing;

public sealed class PublishStatisticsInputType : InputObjectGraphType
{
    public PublishStatisticsInputType()
    {
        Name = "PublishStatisticsInput";
        Description = "An aggregated follow-up table (uppföljningstabell) to anonymise and publish: its description and its inner cells. " +
            "The Hub computes every total, suppresses small counts (röjandekontroll) and stores only the result. " +
            "To republish, give the dataset's externalId again: the new table replaces the old one, and fields left out keep their values.";
        Field<StringGraphType>("externalId").Description("Your organisation's own id for the dataset (externt id); publishing again with it replaces the dataset.");
        Field<StringGraphType>("title").Description("Required for a new dataset. Title (titel), e.g. Anvisade till arbetsmarknadsutbildning 2024 efter kön och län.");
        Field<StringGraphType>("description").Description("What the table shows (beskrivning).");
        Field<StringGraphType>("indicator").Description("Required for a new dataset. What is counted: an INDICATOR code, e.g. PARTICIPANTS.");
        Field<StringGraphType>("unit").Description("Unit of the counts (enhet); default personer.");
        Field<StringGraphType>("referencePeriod").Description("Required for a new dataset. Reference period (referensperiod): 2024, 2024-H1, 2024-Q1, 2024-01, or a span of years such as 2022-2024.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("dimensions")
            .Description("Required for a new dataset. STATISTICS_DIMENSION codes the table is broken down by; SEX always, e.g. [\"SEX\", \"COUNTY\"].");
        Field<StringGraphType>("methodNote").Description("How the numbers were produced (metodbeskrivning); shown with the table and in its exports.");
        Field<VisibilityGraphType>("visibility").Description("Required for a new dataset. Who may read the dataset (synlighet).");
        Field<IntGraphType>("threshold").Description("Counts from 1 to this value minus one are suppressed (röjandekontroll); at least 3, default 5.");
        Field<IdGraphType>("interventionId").Description("The global id of the intervention the table follows up, if any.");
        var cells = Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCellInputType>>>>("cells")
            .Description("The inner cells: one per combination of categories, never totals. Combinations left out count as 0.");
        ListLimits.MaxItems(cells.FieldType, CellValidation.MaximumTableCells);
    }
}

public sealed class StatisticsCellInputType : InputObjectGraphType
{
    public StatisticsCellInputType()
    {
        Name = "StatisticsCellInput";
        Description = "One inner cell of an aggregated table: a category of every dimension, the number of people and optionally the population.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCoordinateInputType>>>>("coordinates")
            .Description("One category code per dimension of the dataset, e.g. [{dimension: \"SEX\", code: \"F\"}, {dimension: \"COUNTY\", code: \"01\"}].");
        Field<CellCountGraphType>("count").Description("The number of people in the cell (antal): a whole number, 0 or more.");
        Field<CellCountGraphType>("population").Description("The rate's denominator (population) for the cell, a whole number at least the count; leave out when there is none.");
    }
}

public sealed class StatisticsCoordinateInputType : InputObjectGraphType
{
    public StatisticsCoordinateInputType()
    {
        Name = "StatisticsCoordinateInput";
        Description = "A cell's category on one dimension.";
        Field<NonNullGraphType<StringGraphType>>("dimension").Description("A STATISTICS_DIMENSION code of the dataset, e.g. COUNTY.");
        Field<NonNullGraphType<StringGraphType>>("code").Description("A category code of the dimension's vocabulary (COUNTY: 01 … 25); PERIOD: 2024, 2024-H1, 2024-Q1 or 2024-01.");
    }
}

public sealed class PublishLinkedStatisticsInputType : InputObjectGraphType
{
    public PublishLinkedStatisticsInputType()
    {
        Name = "PublishLinkedStatisticsInput";
        Description = "Several tables of the same people (one organisation, intervention, indicator and reference period), published together so that they are anonymised jointly.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublishStatisticsInputType>>>>("datasets")
            .Description("The tables, each as for publishStatistics. Tables of the same people are protected together; the others each alone.");
    }
}
