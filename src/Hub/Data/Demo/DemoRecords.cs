namespace Hub.Data.Demo;

// The shape of the demo JSON files in this folder; camelCase in the files.

internal sealed record DemoOrganisation(string Code, string Name, string? NameEn, string Kind, bool IsPlanAgency, string? WebUrl);

internal sealed record DemoVocabularyEntry(string Code, string Sv, string En, string? Description);

internal sealed record DemoContact(string? Name, string? Email, string? Phone);

internal sealed record DemoIntervention(
    string ExternalId, string Owner, string Kind, string Title, string? Summary, string? Description,
    string[] DevelopmentAreas, string[] TargetGroups, string[] Counties, string Status,
    DateOnly? StartDate, DateOnly? EndDate, string? ResultsChainLevel, string[] Partners,
    string? WebUrl, DemoContact? Contact, string Visibility);

internal sealed record DemoMaterial(
    string ExternalId, string Owner, string Title, string? Description, string Format,
    string[] Themes, string[] Audiences, string[] Languages, string[]? DevelopmentAreas,
    int? DurationMinutes, string? Platform, string? WebUrl, string? Licence, string Visibility,
    DateOnly? LastReviewed, DemoContact? Contact);

internal sealed record DemoCell(Dictionary<string, string> Coordinates, long Count, long? Population);

internal sealed record DemoDataset(
    string ExternalId, string Owner, string? InterventionExternalId, string Title, string? Description,
    string Indicator, string Unit, string ReferencePeriod, string[] Dimensions, string? MethodNote,
    string Visibility, int? Threshold, DemoCell[] Cells);
