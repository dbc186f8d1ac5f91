using System.Globalization;
using Hub.Access;
using Hub.Import;
using Hub.Publishing;
using Hub.Vocabularies;

namespace Hub.Statistics.Publishing;

/// <summary>
/// Reads a table file: a header with one column per dimension (its code or label, e.g. SEX or Kön), a `count`
/// (antal) column and optionally a `population` column; one inner cell per line. Problems name the line (the
/// header is line 1) and the column.
/// </summary>
internal static class StatisticsCsv
{
    private static readonly string[] CountHeaders = ["count", "antal"];
    private static readonly string[] PopulationHeaders = ["population", "befolkning", "nämnare"];

    public static TableSubmission? Read(string content, string fileName, StatisticsArguments arguments, VocabularyCache.Snapshot vocabulary,
        List<TableProblem> problems)
    {
        var file = CsvFile.Read(content);
        problems.AddRange(file.Problems.Select(p => new TableProblem(p.Code, p.Message, [fileName], p.Line, p.Column)));
        string? countHeader = null, populationHeader = null;
        var dimensions = new Dictionary<string, string>(StringComparer.Ordinal); // dimension code → header as written
        foreach (var header in file.Columns)
        {
            void Problem(string code, string message) => problems.Add(new TableProblem(code, message, [fileName], 1, header));
            if (CountHeaders.Contains(header, StringComparer.OrdinalIgnoreCase)) countHeader = countHeader is null ? header : Twice(header, Problem);
            else if (PopulationHeaders.Contains(header, StringComparer.OrdinalIgnoreCase))
                populationHeader = populationHeader is null ? header : Twice(header, Problem);
            else if (vocabulary.Match(Schemes.StatisticsDimension, header) is { } dimension && CellColumns.For(dimension.Code) is not null)
            {
                if (!dimensions.TryAdd(dimension.Code, header)) Problem(UserErrorCodes.Duplicate, $"A second column for the dimension {dimension.Code}.");
            }
            else if (PersonalData.DescribeColumn(header) is { } personal)
                Problem(UserErrorCodes.UnknownColumn, $"The column seems to hold {personal}: the Hub publishes only aggregated tables, never data about individuals. Remove it.");
            else
                Problem(UserErrorCodes.UnknownColumn,
                    $"Not a column of a statistics table: use one column per dimension ({string.Join(", ", CellColumns.All.Select(c => c.Dimension))}), then count and population.");
        }
        if (file.Columns.Count > 0 && countHeader is null)
            problems.Add(new TableProblem(UserErrorCodes.Required, "The file has no count (antal) column.", [fileName], 1, null));
        if (problems.Count > 0) return null;

        var cells = file.Rows.Select(row => new SubmittedCell(
            [.. dimensions.Select(d => new SubmittedCoordinate(d.Key, row.Cells.GetValueOrDefault(d.Value).Text))],
            row.Cells.GetValueOrDefault(countHeader!).Text,
            populationHeader is null ? null : row.Cells.GetValueOrDefault(populationHeader).Text)).ToList();
        var places = new CsvPlaces(fileName, file.Rows.Select(r => r.Line).ToList(), dimensions, countHeader!, populationHeader);
        return new TableSubmission(Fields(arguments, [.. dimensions.Keys], places, problems), cells, places) { AcceptsLabels = true };
    }

    private static string? Twice(string header, Action<string, string> problem)
    {
        problem(UserErrorCodes.Duplicate, $"A second '{header}' column.");
        return header;
    }

    private static DatasetFields Fields(StatisticsArguments arguments, IReadOnlyList<string> dimensions, CsvPlaces places, List<TableProblem> problems)
    {
        Visibility? visibility = null;
        if (arguments["--visibility"] is { } text)
        {
            if (Enum.TryParse<Visibility>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(text[0])) visibility = parsed;
            else problems.Add(places.Field("visibility", UserErrorCodes.InvalidValue, "--visibility must be PUBLIC, PARTNERS, AGENCIES or OWNER."));
        }
        int? threshold = null;
        if (arguments["--threshold"] is { } number)
        {
            if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) threshold = value;
            else problems.Add(places.Field("threshold", UserErrorCodes.InvalidValue, "--threshold must be a whole number such as 5."));
        }
        return new DatasetFields
        {
            ExternalId = arguments["--external-id"], Title = arguments["--title"], Description = arguments["--description"],
            Indicator = arguments["--indicator"], Unit = arguments["--unit"], ReferencePeriod = arguments["--period"],
            Dimensions = dimensions, MethodNote = arguments["--method-note"], Visibility = visibility, Threshold = threshold,
            InterventionExternalId = arguments["--intervention"],
        };
    }

    /// <summary>Places in the file: cells by line and column header; the description by its command-line option.</summary>
    private sealed class CsvPlaces(string fileName, IReadOnlyList<int> lines, IReadOnlyDictionary<string, string> dimensions,
        string countHeader, string? populationHeader) : ProblemPlaces
    {
        public override TableProblem Field(string field, string code, string message) => field switch
        {
            "cells" => new(code, message, [fileName]),
            "dimensions" => new(code, message, [fileName], 1),
            _ => new(code, message, [StatisticsArguments.FieldOf.FirstOrDefault(f => f.Value == field).Key ?? field]),
        };

        public override TableProblem Cell(int index, string? part, string code, string message, int? coordinate = null) =>
            new(code, message, [fileName], lines[index], part switch
            {
                null => null,
                "count" => countHeader,
                "population" => populationHeader,
                _ => dimensions.GetValueOrDefault(part, part),
            });

        public override string NameOf(int index) => $"line {lines[index]}";
    }
}
