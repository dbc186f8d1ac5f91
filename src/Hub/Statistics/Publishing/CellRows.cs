using Hub.Statistics.Disclosure;

namespace Hub.Statistics.Publishing;

/// <summary>How many cells of a table have each status: what the audit trail and the payload tell instead of counts.</summary>
public sealed record StatusCounts(int Published, int Zero, int PrimarySuppressed, int SecondarySuppressed)
{
    public int Cells => Published + Zero + PrimarySuppressed + SecondarySuppressed;

    public static StatusCounts Of(IEnumerable<CellStatus> statuses)
    {
        var all = statuses.ToList();
        return new(all.Count(s => s == CellStatus.Published), all.Count(s => s == CellStatus.Zero),
            all.Count(s => s == CellStatus.PrimarySuppressed), all.Count(s => s == CellStatus.SecondarySuppressed));
    }
}

/// <summary>Turns a protected table into the rows stored for it: one per inner and marginal cell.</summary>
internal static class CellRows
{
    public static List<StatisticsCell> From(ProtectedTable table, int datasetId, int threshold)
    {
        var columns = table.Dimensions.Select(d => CellColumns.For(d.Code)!).ToArray();
        var rows = new List<StatisticsCell>(table.Cells.Count);
        foreach (var cell in table.Cells)
        {
            var row = new StatisticsCell { DatasetId = datasetId, Status = cell.Status };
            for (var d = 0; d < columns.Length; d++) columns[d].Set(row, cell.Coordinates[d]);
            if (!cell.Status.IsSuppressed())
            {
                row.Count = cell.Count;
                row.Population = cell.Population;
            }
            EnsureSafe(row, threshold);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// The last guard before the database: a suppressed row carries no numbers and a shown one is zero or at least
    /// the threshold. A breach is a bug; it stops the publication, and its message names no count.
    /// </summary>
    private static void EnsureSafe(StatisticsCell row, int threshold)
    {
        var safe = row.Status switch
        {
            CellStatus.PrimarySuppressed or CellStatus.SecondarySuppressed => row.Count is null && row.Population is null,
            CellStatus.Zero => row.Count == 0,
            _ => row.Count >= threshold,
        };
        if (!safe) throw new InvalidOperationException("Disclosure control returned a cell whose status and count disagree; nothing was stored.");
    }
}
