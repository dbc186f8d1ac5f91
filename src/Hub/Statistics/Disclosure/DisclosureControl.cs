namespace Hub.Statistics.Disclosure;

/// <summary>
/// Anonymises aggregated tables before they are stored: adds every marginal total, suppresses small
/// counts (primary, SDMX status A) and then as few further cells as it can so that no suppressed count
/// can be worked out from what is published (secondary, SDMX status D). See docs/disclosure-control.md.
/// </summary>
public static class DisclosureControl
{
    /// <summary>Counts from 1 to 4 are suppressed unless a dataset asks for more.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>Below 3 a published count of 1 or 2 could single out a person; no dataset may go lower.</summary>
    public const int MinimumThreshold = 3;

    /// <summary>The code of a dimension's total (the SDMX convention).</summary>
    public const string Total = "_T";

    /// <summary>Protects one table.</summary>
    /// <param name="table">Its dimensions and inner cells.</param>
    /// <param name="threshold">Counts from 1 to threshold-1 are primary suppressed; at least <see cref="MinimumThreshold"/>.</param>
    public static ProtectedTable Protect(TableInput table, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ProtectLinked([table], threshold)[0];
    }

    /// <summary>
    /// Protects tables that describe the same people with different breakdowns (for example SEX×COUNTY and
    /// SEX×AGE_BAND) together, so that publishing one does not reveal a cell of another. Cells that mean the
    /// same in several tables get the same status in all of them.
    /// </summary>
    /// <exception cref="LinkedCellsExposedException">What the tables have in common already pins small cells.</exception>
    public static IReadOnlyList<ProtectedTable> ProtectLinked(IReadOnlyList<TableInput> tables, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0) throw new ArgumentException("There is no table to protect.", nameof(tables));
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, MinimumThreshold);
        foreach (var table in tables) CheckDimensions(table);

        var model = SuppressionModel.Build([.. tables.Select(TableLattice.Build)], threshold);
        if (model.Pinned.Count > 0) throw new LinkedCellsExposedException(model.Pinned);
        return model.Publish(SecondarySuppression.Find(model.Problem));
    }

    private static void CheckDimensions(TableInput table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Dimensions.Count == 0) throw new ArgumentException("A table needs at least one dimension.", nameof(table));
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dimension in table.Dimensions)
        {
            if (!codes.Add(dimension.Code)) throw new ArgumentException($"Dimension {dimension.Code} appears twice.", nameof(table));
        }
    }
}
