using Hub.Statistics.Disclosure;

namespace Hub.Statistics.Publishing;

/// <summary>
/// The cells two linked tables have in common: those that specify only dimensions both tables have (totals
/// elsewhere), such as the number of women or the grand total. Through them alone can one table say anything
/// about the other.
/// </summary>
internal static class SharedCells
{
    public static IReadOnlyList<string> CommonDimensions(IReadOnlyList<string> a, IReadOnlyList<string> b) => [.. a.Where(b.Contains)];

    /// <summary>The key of a cell among the shared ones (its codes on the common dimensions), or null when it specifies another dimension.</summary>
    public static string? KeyOf(IReadOnlyList<string> dimensions, Func<int, string> codeAt, IReadOnlyList<string> common)
    {
        var parts = new string[common.Count];
        for (var d = 0; d < dimensions.Count; d++)
        {
            var position = IndexOf(common, dimensions[d]);
            if (position >= 0) parts[position] = codeAt(d);
            else if (codeAt(d) != DisclosureControl.Total) return null;
        }
        return string.Join('\u001f', parts);
    }

    /// <summary>How a message names a shared cell: "(SEX=F)", "(SEX=F, COUNTY=01)" or "the grand total".</summary>
    public static string Describe(string key, IReadOnlyList<string> common)
    {
        var parts = key.Split('\u001f').Select((code, i) => (common[i], code)).Where(p => p.code != DisclosureControl.Total).ToList();
        return parts.Count == 0 ? "the grand total" : $"({string.Join(", ", parts.Select(p => $"{p.Item1}={p.code}"))})";
    }

    /// <summary>The inner counts of a table summed over everything but the common dimensions, by key.</summary>
    public static Dictionary<string, long> RawSums(TableInput table, IReadOnlyList<string> common)
    {
        var codes = table.Dimensions.Select(d => d.Code).ToList();
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var cell in table.Cells)
        {
            var key = string.Join('\u001f', common.Select(c => cell.Coordinates[codes.IndexOf(c)]));
            sums[key] = sums.GetValueOrDefault(key) + cell.Count;
        }
        return sums;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
