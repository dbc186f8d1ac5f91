using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Hub.Publishing;

namespace Hub.Import;

/// <summary>
/// Reads CSV as spreadsheets export it: comma or semicolon (detected from the header), UTF-8 with or without BOM,
/// CRLF or LF, quoted fields holding delimiters, quotes and line breaks, blank lines anywhere. CsvHelper does the
/// RFC 4180 parsing; this adds delimiter detection and the line on which each record starts.
/// </summary>
public static class CsvFile
{
    public static ImportFile Read(string content)
    {
        if (content.StartsWith('\uFEFF')) content = content[1..];
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectDelimiter(content).ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            BadDataFound = null, // a stray quote inside an unquoted cell is kept as text, as spreadsheets do
            MissingFieldFound = null,
        };
        using var parser = new CsvParser(new StringReader(content), config);
        string[]? header = null;
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            // RawRow is the line the record ends on; a quoted line break inside it moves its start up.
            var line = parser.RawRow - parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
            if (record.All(string.IsNullOrWhiteSpace)) continue; // ";;;;" rows that spreadsheets leave behind
            if (header is null)
            {
                header = [.. record.Select(h => h.Trim())];
                continue;
            }
            if (record.Length > header.Length && record.Skip(header.Length).Any(v => !string.IsNullOrWhiteSpace(v)))
                problems.Add(new ImportProblem(line, null, UserErrorCodes.Unreadable,
                    $"The row has {record.Length} values but the header has {header.Length} columns; is a delimiter or quote out of place?"));
            var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                if (header[i].Length > 0) cells[header[i]] = new Cell(i < record.Length ? record[i] : null, null);
            rows.Add(new ImportRow(line, cells));
        }
        if (header is null) problems.Add(new ImportProblem(1, null, UserErrorCodes.Unreadable, "The file is empty: it needs a header row and rows below it."));
        return new ImportFile(header?.Where(h => h.Length > 0).ToList() ?? [], rows, problems);
    }

    /// <summary>The delimiter the header line uses most, outside quotes; comma when it uses none.</summary>
    public static char DetectDelimiter(string content)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        var started = false;
        foreach (var c in content)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                if (started) break;
            }
            else if (!quoted && counts.ContainsKey(c)) counts[c]++;
            if (!char.IsWhiteSpace(c)) started = true;
        }
        var best = counts.MaxBy(p => p.Value);
        return best.Value == 0 ? ',' : counts[','] == best.Value ? ',' : best.Key;
    }
}
