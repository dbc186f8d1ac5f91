using Hub.Organisations;
using Hub.Vocabularies;

namespace Hub.Coverage;

/// <summary>
/// Where competence exists and where it is missing: for each vocabulary entry (row) and organisation (column), how
/// many items the caller may see. Every combination is a cell, so a gap is a cell with count 0, never a missing one.
/// </summary>
/// <param name="Kind">The kind's CoverageKind value, e.g. MATERIAL.</param>
public sealed record CoverageMatrix(
    string Kind,
    CoverageDimension Dimension,
    IReadOnlyList<VocabularyEntry> Entries,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<CoverageCell> Cells)
{
    public int GapCount => Cells.Count(c => c.Count == 0);
}

/// <summary>One entry × organisation combination and how many items fall into it.</summary>
public sealed record CoverageCell(Organisation Organisation, VocabularyEntry Entry, int Count)
{
    public bool IsGap => Count == 0;
}
