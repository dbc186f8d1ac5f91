namespace Hub.Statistics.Disclosure;

/// <summary>
/// A table to protect: its dimensions and its inner cells. Combinations that are not listed count as
/// zero with an unknown population, so list zero cells explicitly when their population is known.
/// </summary>
public sealed record TableInput(IReadOnlyList<Dimension> Dimensions, IReadOnlyList<InnerCell> Cells);
