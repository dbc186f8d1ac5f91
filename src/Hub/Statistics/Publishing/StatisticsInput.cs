using System.Globalization;
using Hub.Access;

namespace Hub.Statistics.Publishing;

/// <summary>Reads a PublishStatisticsInput, as GraphQL parsed it, into a submission; checking is the publication's job.</summary>
internal static class StatisticsInput
{
    public static TableSubmission Read(IDictionary<string, object?> input, InputPlaces places)
    {
        var fields = new DatasetFields
        {
            ExternalId = Text(input, "externalId"),
            Title = Text(input, "title"),
            Description = Text(input, "description"),
            Indicator = Text(input, "indicator"),
            Unit = Text(input, "unit"),
            ReferencePeriod = Text(input, "referencePeriod"),
            Dimensions = input.TryGetValue("dimensions", out var dimensions) && dimensions is IEnumerable<object?> list
                ? [.. list.Select(d => d?.ToString() ?? "")]
                : null,
            MethodNote = Text(input, "methodNote"),
            Visibility = input.TryGetValue("visibility", out var visibility) ? visibility as Visibility? : null,
            Threshold = input.TryGetValue("threshold", out var threshold) && threshold is not null
                ? Convert.ToInt32(threshold, CultureInfo.InvariantCulture) : null,
            InterventionId = Text(input, "interventionId"),
        };
        var cells = (input.TryGetValue("cells", out var raw) ? raw as IEnumerable<object?> : null) ?? [];
        return new TableSubmission(fields, [.. cells.OfType<IDictionary<string, object?>>().Select(Cell)], places);
    }

    private static SubmittedCell Cell(IDictionary<string, object?> cell)
    {
        var coordinates = (cell.TryGetValue("coordinates", out var raw) ? raw as IEnumerable<object?> : null) ?? [];
        return new SubmittedCell(
            [.. coordinates.OfType<IDictionary<string, object?>>().Select(c => new SubmittedCoordinate(Text(c, "dimension") ?? "", Text(c, "code")))],
            cell.TryGetValue("count", out var count) ? count : null,
            cell.TryGetValue("population", out var population) ? population : null);
    }

    private static string? Text(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
}
