using Hub.Publishing;

namespace Hub.Import;

/// <summary>An import file read into rows, before anything about items is known.</summary>
/// <param name="Columns">The column headers in file order (for JSON: every key any object uses).</param>
/// <param name="Rows">The data rows, each with the line it starts on.</param>
/// <param name="Problems">What made parts of the file unreadable.</param>
public sealed record ImportFile(IReadOnlyList<string> Columns, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportFile Read(ImportFormat format, string content) => format switch
    {
        ImportFormat.Json => JsonFile.Read(content),
        _ => CsvFile.Read(content),
    };
}

/// <summary>One row: the line a spreadsheet user sees it start on (header = line 1) and its cells by column header.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<string, Cell> Cells);

/// <summary>What is wrong with one cell, row or column of an import file.</summary>
public sealed record ImportProblem(int Line, string? Column, string Code, string Message);

public enum ImportFormat
{
    [System.ComponentModel.Description("Comma- or semicolon-separated values with a header row (UTF-8, with or without BOM).")]
    Csv,
    [System.ComponentModel.Description("A JSON array of objects whose keys are the column names.")]
    Json,
}
