using System.Text.RegularExpressions;

namespace Hub.Statistics;

/// <summary>
/// Codes of the PERIOD dimension, which has no vocabulary: a year (2024), half-year (2024-H1), quarter (2024-Q1) or
/// month (2024-01). One table uses one kind, or its total would count some people twice.
/// </summary>
public static partial class PeriodCodes
{
    public const string Dimension = "PERIOD";

    public enum Kind
    {
        Year,
        HalfYear,
        Quarter,
        Month,
    }

    public static Kind? KindOf(string code)
    {
        var match = Pattern().Match(code);
        if (!match.Success || int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is < 1900 or > 2199)
            return null;
        var part = match.Groups[2].Value;
        return part.Length == 0 ? Kind.Year : part[0] == 'H' ? Kind.HalfYear : part[0] == 'Q' ? Kind.Quarter : Kind.Month;
    }

    public static bool IsValid(string code) => KindOf(code) is not null;

    /// <summary>A reference period: a period code, or a span of years such as 2022-2024.</summary>
    public static bool IsReferencePeriod(string text) =>
        IsValid(text) || (YearSpan().Match(text) is { Success: true } span && string.CompareOrdinal(span.Groups[1].Value, span.Groups[2].Value) < 0);

    public const string Form = "a year (2024), half-year (2024-H1), quarter (2024-Q1) or month (2024-01)";

    [GeneratedRegex(@"^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^((?:19|20|21)\d{2})-((?:19|20|21)\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearSpan();
}
