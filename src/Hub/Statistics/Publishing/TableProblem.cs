namespace Hub.Statistics.Publishing;

/// <summary>
/// Why a table was refused, placed where its author finds it: an input path for the API, a line and column for a
/// file. Messages name cells by their coordinates or line, never by their counts.
/// </summary>
public sealed record TableProblem(string Code, string Message, IReadOnlyList<string> Path, int? Line = null, string? Column = null)
{
    /// <summary>The place as a person reads it: "line 4, column 'COUNTY'", "--title" or "input.cells.3.count".</summary>
    public string Where =>
        Line is { } line ? $"line {line}{(Column is null ? "" : $", column '{Column}'")}"
        : Column is not null ? $"column '{Column}'"
        : string.Join('.', Path);
}

/// <summary>Turns "cell 3's count" or "the title" into the place a submission's author knows it by.</summary>
public abstract class ProblemPlaces
{
    public abstract TableProblem Field(string field, string code, string message);

    /// <summary>
    /// A cell's part: null for the cell as a whole, "count", "population" or a dimension code (with the position of
    /// its coordinate in the cell's list, when the cell has one).
    /// </summary>
    public abstract TableProblem Cell(int index, string? part, string code, string message, int? coordinate = null);

    /// <summary>How a message names another cell: "input.cells.3" or "line 5".</summary>
    public abstract string NameOf(int index);
}

/// <summary>Places in a GraphQL input: ["input", "cells", "3", "count"], under a prefix for one dataset of several.</summary>
public sealed class InputPlaces(IReadOnlyList<string> prefix) : ProblemPlaces
{
    public static readonly InputPlaces Root = new(["input"]);

    public override TableProblem Field(string field, string code, string message) => new(code, message, [.. prefix, field]);

    public override TableProblem Cell(int index, string? part, string code, string message, int? coordinate = null) =>
        new(code, message, part switch
        {
            null => [.. prefix, "cells", Index(index)],
            "count" or "population" => [.. prefix, "cells", Index(index), part],
            _ when coordinate is { } position => [.. prefix, "cells", Index(index), "coordinates", Index(position)],
            _ => [.. prefix, "cells", Index(index), "coordinates"],
        });

    public override string NameOf(int index) => string.Join('.', [.. prefix, "cells", Index(index)]);

    private static string Index(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
