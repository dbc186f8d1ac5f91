using Hub.Statistics;
using Hub.Statistics.Disclosure;

namespace Hub.Tests.Statistics.Disclosure;

/// <summary>Short ways to write small tables in tests.</summary>
internal static class TestTables
{
    /// <summary>A SEX by AGE_BAND table; each row of counts is one sex.</summary>
    public static TableInput SexByAge(params long[][] rows)
    {
        string[] sexes = ["F", "M", "X"];
        string[] ages = ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"];
        return Grid([("SEX", sexes[..rows.Length]), ("AGE_BAND", ages[..rows[0].Length])], [.. rows.SelectMany(r => r)]);
    }

    /// <summary>A table with the given dimensions and one count per inner cell, last dimension fastest.</summary>
    public static TableInput Grid((string Code, string[] Categories)[] dimensions, long[] counts, long[]? populations = null)
    {
        var cells = new List<InnerCell>();
        var combinations = dimensions.Aggregate(
            (IEnumerable<string[]>)[[]],
            (prefixes, dimension) => prefixes.SelectMany(p => dimension.Categories.Select(c => (string[])[.. p, c])));
        foreach (var (coordinates, index) in combinations.Select((c, i) => (c, i)))
        {
            cells.Add(new InnerCell(coordinates, counts[index], populations?[index]));
        }
        return new TableInput([.. dimensions.Select(d => new Dimension(d.Code, d.Categories))], cells);
    }

    public static ProtectedCell Cell(this ProtectedTable table, params string[] coordinates) =>
        table.Cells.Single(c => c.Coordinates.SequenceEqual(coordinates));

    public static IEnumerable<ProtectedCell> WithStatus(this ProtectedTable table, CellStatus status) =>
        table.Cells.Where(c => c.Status == status);

    /// <summary>
    /// What a publisher that only applied primary suppression would show: the under-protected baseline.
    /// Built here from the input alone, so the auditor's failing case does not depend on the code under test.
    /// </summary>
    public static ProtectedTable PrimaryOnly(TableInput input, int threshold)
    {
        var combinations = input.Dimensions.Aggregate(
            (IEnumerable<string[]>)[[]],
            (prefixes, dimension) => prefixes.SelectMany(p => dimension.Categories.Append(DisclosureControl.Total).Select(c => (string[])[.. p, c])));
        var cells = new List<ProtectedCell>();
        foreach (var coordinates in combinations)
        {
            var cell = new ProtectedCell(coordinates, null, null, CellStatus.Published);
            var count = TrueCount(input, cell);
            cells.Add(count == 0 ? cell with { Count = 0, Status = CellStatus.Zero }
                : count < threshold ? cell with { Status = CellStatus.PrimarySuppressed }
                : cell with { Count = count });
        }
        return new ProtectedTable(input.Dimensions, cells);
    }

    /// <summary>
    /// The most a publisher could hide under the Hub's statuses: every cell suppressed, zeros and large cells as D,
    /// small ones as A. When the auditor still pins a cell here, no choice of suppressions protects the table.
    /// </summary>
    public static ProtectedTable AllSuppressed(TableInput input, int threshold)
    {
        var primaryOnly = PrimaryOnly(input, threshold);
        return primaryOnly with
        {
            Cells = [.. primaryOnly.Cells.Select(c => c.Status == CellStatus.PrimarySuppressed ? c
                : c with { Count = null, Status = CellStatus.SecondarySuppressed })],
        };
    }

    /// <summary>The true count of any cell, summed from the input, for checks that need the truth.</summary>
    public static long TrueCount(TableInput input, ProtectedCell cell) => input.Cells
        .Where(i => cell.Coordinates.Zip(i.Coordinates).All(p => p.First == DisclosureControl.Total || p.First == p.Second))
        .Sum(i => i.Count);
}
