using Hub.Publishing;
using Hub.Statistics.Disclosure;
using Hub.Vocabularies;

namespace Hub.Statistics.Publishing;

/// <summary>
/// Checks the inner cells of a table and turns them into the disclosure-control input: a code of the shared
/// vocabularies per dimension, a whole count, a population at least as large, each combination once.
/// </summary>
internal static class CellValidation
{
    /// <summary>Inner and marginal cells together; a larger table is not a follow-up table but a register extract.</summary>
    public const int MaximumTableCells = 200_000;

    public static TableInput? Check(TableSubmission submission, IReadOnlyList<string> dimensions, VocabularyCache.Snapshot vocabulary,
        List<TableProblem> problems)
    {
        var places = submission.Places;
        var before = problems.Count;
        if (submission.Cells.Count == 0)
        {
            problems.Add(places.Field("cells", UserErrorCodes.Required, "The table has no cells; give one per combination of categories."));
            return null;
        }

        var cells = new List<InnerCell>(submission.Cells.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        PeriodCodes.Kind? periodKind = null;
        for (var index = 0; index < submission.Cells.Count; index++)
        {
            var cell = submission.Cells[index];
            var codes = Coordinates(cell, index, dimensions, submission, vocabulary, ref periodKind, problems);
            var count = Counts.Parse(cell.Count, "count");
            var population = Counts.Parse(cell.Population, "population");
            if (count.IsMissing) problems.Add(places.Cell(index, "count", UserErrorCodes.Required, "The cell has no count."));
            if (count.Problem is { } countProblem) problems.Add(places.Cell(index, "count", UserErrorCodes.InvalidValue, countProblem));
            if (population.Problem is { } populationProblem) problems.Add(places.Cell(index, "population", UserErrorCodes.InvalidValue, populationProblem));
            if (count.Value is { } n && population.Value is { } p && p < n)
                problems.Add(places.Cell(index, "population", UserErrorCodes.InvalidValue,
                    "The population is smaller than the count: a rate's denominator holds at least everyone counted."));
            if (codes is null) continue;
            var key = string.Join('\u001f', codes);
            if (seen.TryGetValue(key, out var first))
                problems.Add(places.Cell(index, null, UserErrorCodes.Duplicate, $"The cell repeats the coordinates of {places.NameOf(first)}; give each combination once."));
            else seen[key] = index;
            if (count.Value is { } value) cells.Add(new InnerCell(codes, value, population.Value));
        }
        if (problems.Count > before) return null;

        var table = new TableInput(
            [.. dimensions.Select((d, i) => new Dimension(d, DimensionCategories.Ordered(vocabulary, d, cells.Select(c => c.Coordinates[i]))))],
            cells);
        var size = table.Dimensions.Aggregate(1L, (product, d) => product * (d.Categories.Count + 1));
        if (size > MaximumTableCells)
        {
            problems.Add(places.Field("cells", UserErrorCodes.InvalidValue,
                $"With its totals the table would have {size:D} cells; at most {MaximumTableCells:D} are published as one dataset. Split it, e.g. by PERIOD."));
            return null;
        }
        return table;
    }

    private static string[]? Coordinates(SubmittedCell cell, int index, IReadOnlyList<string> dimensions, TableSubmission submission,
        VocabularyCache.Snapshot vocabulary, ref PeriodCodes.Kind? periodKind, List<TableProblem> problems)
    {
        var places = submission.Places;
        var codes = new string?[dimensions.Count];
        var valid = true;
        for (var position = 0; position < cell.Coordinates.Count; position++)
        {
            var coordinate = cell.Coordinates[position];
            var slot = IndexOf(dimensions, coordinate.Dimension);
            if (slot < 0)
            {
                valid = false;
                problems.Add(places.Cell(index, coordinate.Dimension, UserErrorCodes.InvalidValue,
                    PersonalData.DescribeColumn(coordinate.Dimension) is { } personal
                        ? $"The cell has a coordinate that suggests {personal}: the Hub publishes only aggregated tables."
                        : $"{FieldValidation.Quote(coordinate.Dimension)} is not one of the dataset's dimensions ({string.Join(", ", dimensions)}).", position));
                continue;
            }
            if (codes[slot] is not null)
            {
                valid = false;
                problems.Add(places.Cell(index, coordinate.Dimension, UserErrorCodes.Duplicate, $"The cell gives {coordinate.Dimension} twice.", position));
                continue;
            }
            var code = CategoryCheck.Check(coordinate, position, index, submission, vocabulary, ref periodKind, problems);
            if (code is null) valid = false;
            else codes[slot] = code;
        }
        for (var d = 0; d < dimensions.Count; d++)
        {
            if (codes[d] is null && cell.Coordinates.All(c => c.Dimension != dimensions[d]))
            {
                valid = false;
                problems.Add(places.Cell(index, dimensions[d], UserErrorCodes.Required, $"The cell has no {dimensions[d]} code."));
            }
        }
        return valid ? [.. codes.Select(c => c!)] : null;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
