using GraphQL.Types;
using Hub.Publishing;

namespace Hub.Statistics.Publishing;

/// <summary>What a statistics publication returns: the datasets as stored, or every reason nothing was stored.</summary>
public sealed record StatisticsPublished(IReadOnlyList<PublishedTable> Tables, IReadOnlyList<UserError> Errors);

public sealed class PublishStatisticsPayloadType : ObjectGraphType<StatisticsPublished>
{
    public PublishStatisticsPayloadType()
    {
        Name = "PublishStatisticsPayload";
        Description = "The result of publishing a table: the anonymised dataset, or the reasons nothing was stored.";
        Field<StatisticsDatasetType>("dataset").Description("The dataset as published; null when there are errors.")
            .Resolve(c => c.Source.Tables.FirstOrDefault()?.Dataset);
        Field<StatisticsCellStatusCountsType>("cellsByStatus").Description("How many of the stored cells (inner and totals) have each status; null when there are errors.")
            .Resolve(c => c.Source.Tables.FirstOrDefault()?.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Every problem with the table, each with the input field or cell it concerns; empty on success. Messages never quote a count.")
            .Resolve(c => c.Source.Errors);
    }
}

public sealed class PublishLinkedStatisticsPayloadType : ObjectGraphType<StatisticsPublished>
{
    public PublishLinkedStatisticsPayloadType()
    {
        Name = "PublishLinkedStatisticsPayload";
        Description = "The result of publishing linked tables: the anonymised datasets in the order given, or the reasons nothing was stored.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsDatasetType>>>>("datasets")
            .Description("The datasets as published, in the order given; empty when there are errors.")
            .Resolve(c => c.Source.Tables.Select(t => t.Dataset));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Every problem with the tables; paths start with [\"input\", \"datasets\", index]. Empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}

public sealed class StatisticsCellStatusCountsType : ObjectGraphType<StatusCounts>
{
    public StatisticsCellStatusCountsType()
    {
        Name = "StatisticsCellStatusCounts";
        Description = "How many cells of a dataset have each status (never their counts).";
        Field(s => s.Cells).Description("All cells: inner cells and every total.");
        Field(s => s.Published).Description("Cells whose count is published.");
        Field(s => s.Zero).Description("Cells whose count is 0.");
        Field("suppressedPrimary", s => s.PrimarySuppressed).Description("Cells suppressed because their count is below the threshold (SDMX status A).");
        Field("suppressedSecondary", s => s.SecondarySuppressed).Description("Cells suppressed to protect others (SDMX status D).");
    }
}
