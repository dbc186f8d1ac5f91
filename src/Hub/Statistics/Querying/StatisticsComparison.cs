namespace Hub.Statistics.Querying;

/// <summary>Why a comparison has no ratio for a group.</summary>
public enum ComparisonGap
{
    [System.ComponentModel.Description("The group's count is suppressed.")]
    Suppressed,
    [System.ComponentModel.Description("The reference group's count is suppressed.")]
    ReferenceSuppressed,
    [System.ComponentModel.Description("The group or the reference group has no population, so there is no rate to compare.")]
    NoPopulation,
    [System.ComponentModel.Description("The reference group's rate is 0, and nothing can be divided by it.")]
    ReferenceZero,
    [System.ComponentModel.Description("The dataset has no cell for the reference category here.")]
    NoReference,
}

/// <summary>One group of a comparison: its cell and how it stands against the reference group's.</summary>
public sealed record ComparisonGroup(CellView Cell, CellCoordinate Coordinate, bool IsReference, double? Ratio, ComparisonGap? Gap, double? CountRatio);

/// <summary>The groups of one dimension at one combination of the other dimensions (by default all at their total).</summary>
public sealed record StatisticsComparison(IReadOnlyList<CellCoordinate> Coordinates, string By, string Reference, IReadOnlyList<ComparisonGroup> Groups)
{
    /// <summary>Builds the comparisons of one dataset from its stored cells: for each slice, each group against the reference.</summary>
    public static IReadOnlyList<StatisticsComparison> Of(StatisticsDataset dataset, IReadOnlyList<StatisticsCell> cells, string by, string reference,
        Func<IEnumerable<string>, IReadOnlyList<string>> order)
    {
        if (!dataset.Dimensions.Contains(by)) return [];
        var byColumn = CellColumns.For(by)!;
        var others = dataset.Dimensions.Where(d => d != by).ToList();
        var groupOrder = order(cells.Select(c => byColumn.Get(c)!));
        return cells.Select(c => new CellView(c, dataset.Dimensions))
            .GroupBy(v => string.Join('\u001f', others.Select(d => CellColumns.For(d)!.Get(v.Cell))), StringComparer.Ordinal)
            .Select(slice =>
            {
                var views = slice.OrderBy(v => Position(groupOrder, byColumn.Get(v.Cell)!)).ToList();
                var first = views[0];
                var referenceCell = views.FirstOrDefault(v => byColumn.Get(v.Cell) == reference)?.Cell;
                return new StatisticsComparison(
                    [.. first.Coordinates.Where(c => c.Dimension != by)], by, reference,
                    [.. views.Select(v => Group(v, byColumn.Get(v.Cell)!, by, reference, referenceCell))]);
            })
            .ToList();
    }

    private static ComparisonGroup Group(CellView view, string code, string by, string reference, StatisticsCell? referenceCell)
    {
        var cell = view.Cell;
        var (ratio, gap) = Ratio(cell, referenceCell);
        double? countRatio = cell.Count is { } count && referenceCell?.Count is { } referenceCount && referenceCount > 0 ? (double)count / referenceCount : null;
        return new ComparisonGroup(view, new CellCoordinate(by, code), code == reference, ratio, gap, countRatio);
    }

    private static (double? Ratio, ComparisonGap? Gap) Ratio(StatisticsCell cell, StatisticsCell? reference)
    {
        if (reference is null) return (null, ComparisonGap.NoReference);
        if (cell.Count is null) return (null, ComparisonGap.Suppressed);
        if (reference.Count is null) return (null, ComparisonGap.ReferenceSuppressed);
        if (Rates.Of(cell) is not { } rate || Rates.Of(reference) is not { } referenceRate) return (null, ComparisonGap.NoPopulation);
        if (referenceRate == 0) return (null, ComparisonGap.ReferenceZero);
        return (rate / referenceRate, null);
    }

    private static int Position(IReadOnlyList<string> order, string code)
    {
        for (var i = 0; i < order.Count; i++) if (order[i] == code) return i;
        return order.Count;
    }
}
