using System.Globalization;
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
        text.AppendJoin(',', [.. cube.Dimensions.Select(d => d.Code), "count", "population", "status"]).Append("\r\n");
        var columns = cube.Dimensions.Select(d => CellColumns.For(d.Code)!).ToList();
        foreach (var cell in cube.Cells)
        {
            if (cell is null) continue;
            foreach (var column in columns) text.Append(Escape(column.Get(cell) ?? CellColumns.Total)).Append(',');
            text.Append(cell.Count?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(cell.Population?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(cell.Status.SdmxStatus()).Append("\r\n");
        }
        return text.ToString();
    }

    private static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
