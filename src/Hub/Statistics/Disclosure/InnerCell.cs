namespace Hub.Statistics.Disclosure;

/// <summary>One cell of the finest breakdown, as an agency delivers it.</summary>
/// <param name="Coordinates">One category code per dimension, in the table's dimension order; never <c>_T</c>.</param>
/// <param name="Count">The number of people in the cell.</param>
/// <param name="Population">The denominator of a rate for the cell, when the table has one.</param>
public sealed record InnerCell(IReadOnlyList<string> Coordinates, long Count, long? Population);
