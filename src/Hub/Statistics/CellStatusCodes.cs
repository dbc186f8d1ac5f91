namespace Hub.Statistics;

public static class CellStatusCodes
{
    /// <summary>The SDMX confidentiality status of a suppressed cell: A primary, D secondary; null for a shown one.</summary>
    public static string? SdmxStatus(this CellStatus status) => status switch
    {
        CellStatus.PrimarySuppressed => "A",
        CellStatus.SecondarySuppressed => "D",
        _ => null,
    };
}
