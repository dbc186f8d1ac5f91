namespace Hub.Statistics.Disclosure;

/// <summary>Why a cell's count is or is not shown.</summary>
public enum CellStatus
{
    /// <summary>The count is at or above the threshold and shown.</summary>
    Published,

    /// <summary>The count is zero and shown as 0.</summary>
    Zero,

    /// <summary>The count is between 1 and the threshold minus one (SDMX confidentiality status A).</summary>
    PrimarySuppressed,

    /// <summary>The count is hidden so that no primary cell can be worked out (SDMX confidentiality status D).</summary>
    SecondarySuppressed,
}

/// <summary>Translations of <see cref="CellStatus"/> to the SDMX code lists.</summary>
public static class CellStatusExtensions
{
    /// <summary>
    /// The SDMX CONF_STATUS code: <c>F</c> (free) for shown cells, <c>A</c> for primary and <c>D</c> for
    /// secondary suppression.
    /// </summary>
    public static string ToSdmxConfidentialityStatus(this CellStatus status) => status switch
    {
        CellStatus.Published or CellStatus.Zero => "F",
        CellStatus.PrimarySuppressed => "A",
        CellStatus.SecondarySuppressed => "D",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown cell status."),
    };

    /// <summary>Whether the cell's count is withheld.</summary>
    public static bool IsSuppressed(this CellStatus status) =>
        status is CellStatus.PrimarySuppressed or CellStatus.SecondarySuppressed;
}
