namespace Hub.Statistics.Disclosure;

/// <summary>A cell of one of the linked tables, by its coordinates (totals coded <c>_T</c>).</summary>
public sealed record LinkedCell(int Table, IReadOnlyList<string> Coordinates);

/// <summary>
/// Linked tables that no choice of suppressions can protect: what they have in common already pins small cells
/// (see <c>LinkedTies</c>). The message never quotes a count.
/// </summary>
public sealed class LinkedCellsExposedException(IReadOnlyList<LinkedCell> cells)
    : Exception($"Linked tables pin {cells.Count} small cells whatever is suppressed.")
{
    /// <summary>The small cells that could be worked out, each in every table that has it.</summary>
    public IReadOnlyList<LinkedCell> Cells { get; } = cells;
}
