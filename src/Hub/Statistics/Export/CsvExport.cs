using System.Text;

namespace Hub.Statistics.Export;

/// <summary>
/// A dataset as CSV: a column per dimension (codes, _T for totals), then count, population and status (A or D for
/// a suppressed cell, whose count and population are empty; empty when shown).
/// </summary>
public static class CsvExport
{
    public static string Write(DatasetCube cube)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', cube.Dimensions.Select(d => d.Code).Concat(["count", "population", "status"]).Select(CsvField.Text)).Append("\r\n");
        var columns = cube.Dimensions.Select(d => CellColumns.For(d.Code)!).ToList();
        foreach (var cell in cube.Cells)
        {
            if (cell is null) continue;
            foreach (var column in columns) text.Append(CsvField.Text(column.Get(cell) ?? CellColumns.Total)).Append(',');
            text.Append(CsvField.Number(cell.Count)).Append(',')
                .Append(CsvField.Number(cell.Population)).Append(',')
                .Append(CsvField.Text(cell.Status.SdmxStatus() ?? "")).Append("\r\n");
        }
        return text.ToString();
    }
}
