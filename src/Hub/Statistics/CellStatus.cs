using System.ComponentModel;

namespace Hub.Statistics;

/// <summary>
/// Why a cell's count is or is not shown: set by disclosure control, stored with the cell, served in GraphQL and the
/// exports. Suppressed cells carry the SDMX confidentiality codes A and D.
/// </summary>
public enum CellStatus
{
    [Description("The count is at or above the threshold and published.")]
    Published,
    [Description("The count is zero, published as 0.")]
    Zero,
    [Description("Suppressed because the count is between 1 and the threshold minus one (SDMX confidentiality status A).")]
    PrimarySuppressed,
    [Description("Suppressed so that no primary-suppressed cell can be worked out from the published ones (SDMX confidentiality status D).")]
    SecondarySuppressed,
}

public static class CellStatusExtensions
{
    /// <summary>The SDMX confidentiality status of a suppressed cell: A primary, D secondary; null for a shown one.</summary>
    public static string? SdmxStatus(this CellStatus status) => status switch
    {
        CellStatus.PrimarySuppressed => "A",
        CellStatus.SecondarySuppressed => "D",
        _ => null,
    };

    /// <summary>Whether the cell's count is withheld.</summary>
    public static bool IsSuppressed(this CellStatus status) =>
        status is CellStatus.PrimarySuppressed or CellStatus.SecondarySuppressed;
}
