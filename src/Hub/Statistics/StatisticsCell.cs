
namespace Hub.Statistics;

/// <summary>
/// One published cell of an anonymised table, inner or marginal. Coordinates have a column per shared
/// dimension (null when the dataset lacks it, "_T" for its total) so cells are selected in SQL.
/// Only what disclosure control let through is ever stored: a suppressed cell has no count.
/// </summary>
public sealed class StatisticsCell
{
    public long Id { get; set; }
    public int DatasetId { get; set; }
    public string? Sex { get; set; }
    public string? AgeBand { get; set; }
    public string? BirthRegion { get; set; }
    public string? PermitGround { get; set; }
    public string? TimeInSweden { get; set; }
    public string? County { get; set; }
    public string? Education { get; set; }
    public string? Establishment { get; set; }
    public string? Disability { get; set; }
    public string? Period { get; set; }
    public long? Count { get; set; }
    public long? Population { get; set; }
    public CellStatus Status { get; set; }
}
