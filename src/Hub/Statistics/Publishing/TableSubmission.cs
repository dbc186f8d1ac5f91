using Hub.Access;

namespace Hub.Statistics.Publishing;

/// <summary>
/// An aggregated table as a publisher sends it (the API's input, a CSV file, the demo data), before anything is
/// checked. On a republish (an external id the organisation already uses) fields left null keep their stored value.
/// </summary>
public sealed record TableSubmission(DatasetFields Fields, IReadOnlyList<SubmittedCell> Cells, ProblemPlaces Places)
{
    /// <summary>Whether category and dimension labels are accepted besides codes (files typed by people: yes; the API: codes only).</summary>
    public bool AcceptsLabels { get; init; }
}

/// <summary>The dataset's description. Null means "not given".</summary>
public sealed record DatasetFields
{
    public string? ExternalId { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Indicator { get; init; }
    public string? Unit { get; init; }
    public string? ReferencePeriod { get; init; }
    public IReadOnlyList<string>? Dimensions { get; init; }
    public string? MethodNote { get; init; }
    public Visibility? Visibility { get; init; }
    public int? Threshold { get; init; }

    /// <summary>The followed-up intervention's global id (API).</summary>
    public string? InterventionId { get; init; }

    /// <summary>The followed-up intervention's external id among the publishing organisation's own (files, demo data).</summary>
    public string? InterventionExternalId { get; init; }
}

/// <summary>One inner cell as given: a code per dimension, a count and optionally a population (numbers or text).</summary>
public sealed record SubmittedCell(IReadOnlyList<SubmittedCoordinate> Coordinates, object? Count, object? Population);

/// <summary>One coordinate as given: the dimension (code, or in files its label) and the category.</summary>
public sealed record SubmittedCoordinate(string Dimension, string? Code);
