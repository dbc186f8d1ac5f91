namespace Hub.Statistics.Disclosure;

/// <summary>A breakdown of a table, such as SEX with categories F and M.</summary>
/// <param name="Code">The shared dimension code, e.g. <c>SEX</c>.</param>
/// <param name="Categories">The category codes in display order; the total <c>_T</c> is implied, never listed.</param>
public sealed record Dimension(string Code, IReadOnlyList<string> Categories);
