namespace Hub.Statistics.Disclosure;

/// <summary>A linear combination of unknowns; null coefficients mean all ones (a plain sum).</summary>
internal readonly record struct LinearCell(int[] Coordinates, int[]? Coefficients);

/// <summary>
/// The secondary-suppression task flattened into linear algebra over the tables' unknowns: every cell
/// is a linear combination of them. The walk publishes candidates in order unless that would reveal a
/// protected cell.
/// </summary>
internal sealed class SuppressionProblem
{
    public required int CoordinateCount { get; init; }

    /// <summary>Primary cells: never to become a linear combination of published cells.</summary>
    public required LinearCell[] Protected { get; init; }

    /// <summary>
    /// Primary inner cells at a bound of what the attacker knows (1 or threshold-1). A sum of such cells
    /// can pin each of them (1 + 1 published as 2) even when none is a linear combination on its own.
    /// </summary>
    public required LinearCell[] Bounded { get; init; }

    /// <summary>Facts the attacker knows whatever is published: linked tables' cells that mean the same are equal.</summary>
    public required LinearCell[] KnownRelations { get; init; }

    /// <summary>Non-primary cells, zeros included, most wanted first.</summary>
    public required LinearCell[] Candidates { get; init; }
}
