namespace Hub.Statistics.Disclosure;

/// <summary>One cell of a protected table, inner or marginal.</summary>
/// <param name="Coordinates">One code per dimension, in the table's dimension order; <c>_T</c> marks a total.</param>
/// <param name="Count">The count, or null when suppressed.</param>
/// <param name="Population">The rate denominator, or null when the count is suppressed or the population unknown.</param>
/// <param name="Status">Whether and why the count is shown.</param>
public sealed record ProtectedCell(IReadOnlyList<string> Coordinates, long? Count, long? Population, CellStatus Status);
