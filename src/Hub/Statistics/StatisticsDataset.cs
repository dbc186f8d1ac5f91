using Hub.Access;
using Hub.Interventions;
using Hub.Organisations;

namespace Hub.Statistics;

/// <summary>An anonymised follow-up table: who received an intervention, by sex and other background variables.</summary>
public sealed class StatisticsDataset : IOwnedItem
{
    public int Id { get; set; }
    public string? ExternalId { get; set; }
    public int OwnerId { get; set; }
    public Organisation? Owner { get; set; }
    public int? InterventionId { get; set; }
    public Intervention? Intervention { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string IndicatorCode { get; set; }
    public required string Unit { get; set; }
    public required string ReferencePeriod { get; set; }

    /// <summary>Dimension codes in table order, separated by commas (always starts with SEX).</summary>
    public required string DimensionCodes { get; set; }
    public string? MethodNote { get; set; }
    public int SuppressionThreshold { get; set; } = 5;
    public Visibility Visibility { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public int Version { get; set; } = 1;

    public IReadOnlyList<string> Dimensions => DimensionCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
