namespace Hub.Statistics.Disclosure;

/// <summary>
/// A table ready to publish: every inner cell, every marginal total along every combination of
/// dimensions and the grand total, each with its status.
/// </summary>
public sealed record ProtectedTable(IReadOnlyList<Dimension> Dimensions, IReadOnlyList<ProtectedCell> Cells);
