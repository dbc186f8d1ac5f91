using System.Globalization;

namespace Hub.Statistics.Export;

/// <summary>
/// One field of a CSV the Hub writes; every C# CSV writer goes through it (the viewer's CSV has the same rule in
/// wwwroot/viewer/js/csv.js). Text is what others supplied (codes, labels, titles), so it is made safe for
/// spreadsheets; numbers are the Hub's own and stay numbers.
/// </summary>
public static class CsvField
{
    // A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection).
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    // RFC 4180 quotes fields holding the separator, quotes or line breaks; ';' too, because Excel in a Swedish
    // locale splits at ';', which would start a new, unprotected cell in the middle of a field.
    private static readonly char[] NeedQuotes = [',', ';', '"', '\r', '\n'];

    /// <summary>
    /// Text as a field: a value that would start a formula gets a leading ' (shown as text, OWASP's advice) and
    /// quotes; others are quoted when RFC 4180 requires it. A code such as "-5" is text too and is protected:
    /// only values the Hub formats as numbers are written as numbers (see <see cref="Number"/>).
    /// </summary>
    public static string Text(string value)
    {
        var neutralised = value.Length > 0 && FormulaStarts.Contains(value[0]);
        if (neutralised) value = "'" + value;
        return neutralised || value.IndexOfAny(NeedQuotes) >= 0
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;
    }

    /// <summary>A count or population: never negative (publishing refuses that), and not text, so written as it is.</summary>
    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
