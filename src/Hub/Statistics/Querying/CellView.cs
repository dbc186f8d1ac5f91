namespace Hub.Statistics.Querying;

/// <summary>A stored cell with its dataset's dimensions, so its coordinates come out in the dataset's order.</summary>
public sealed record CellView(StatisticsCell Cell, IReadOnlyList<string> Dimensions)
{
    public IReadOnlyList<CellCoordinate> Coordinates =>
        [.. Dimensions.Select(d => new CellCoordinate(d, CellColumns.For(d)!.Get(Cell) ?? CellColumns.Total))];

    /// <summary>Count over population, when both are published and the population is not zero.</summary>
    public double? Rate => Rates.Of(Cell);
}

/// <summary>A cell's category on one dimension ("_T" for the total).</summary>
public sealed record CellCoordinate(string Dimension, string Code);

public static class Rates
{
    public static double? Of(StatisticsCell cell) =>
        cell.Count is { } count && cell.Population is { } population && population > 0 ? (double)count / population : null;
}
