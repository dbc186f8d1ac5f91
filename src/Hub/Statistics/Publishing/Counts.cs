using System.Globalization;

namespace Hub.Statistics.Publishing;

/// <summary>
/// Reads a count or a population as given (a JSON number or text from a file). Problems describe the value's
/// form only: a count may be small, and small counts are never repeated back.
/// </summary>
internal static class Counts
{
    /// <summary>Far above the number of people in Sweden: anything larger is not a count of people (maybe an identity number).</summary>
    public const long Maximum = 1_000_000_000;

    public readonly record struct Parsed(long? Value, string? Problem)
    {
        public bool IsMissing => Value is null && Problem is null;
    }

    public static Parsed Parse(object? raw, string what) => raw switch
    {
        null => new(null, null),
        string text when string.IsNullOrWhiteSpace(text) => new(null, null),
        string text => ParseText(text.Trim(), what),
        double number => ParseNumber(number, what),
        float number => ParseNumber(number, what),
        decimal number => ParseNumber((double)number, what),
        int number => Check(number, what),
        long number => Check(number, what),
        System.Numerics.BigInteger number => number < 0 ? Check(-1, what) : number > Maximum ? Check(Maximum + 1, what) : Check((long)number, what),
        _ => new(null, $"The {what} must be a whole number."),
    };

    private static Parsed ParseText(string text, string what)
    {
        if (PersonalData.IsIdentityNumber(text))
            return new(null, $"The {what} looks like a personal identity number (personnummer); only counts of people may be published.");
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return Check(whole, what);
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
                ? Check((long)number, what)
                : new(null, $"The {what} must be a whole number of people, not a fraction.");
        return new(null, $"The {what} must be a whole number written with digits only (no spaces, units or text).");
    }

    private static Parsed ParseNumber(double number, string what)
    {
        if (double.IsNaN(number) || double.IsInfinity(number)) return new(null, $"The {what} must be a whole number.");
        if (number != Math.Floor(number)) return new(null, $"The {what} must be a whole number of people, not a fraction.");
        if (number > Maximum) return Check(Maximum + 1, what);
        return Check((long)number, what);
    }

    private static Parsed Check(long value, string what) =>
        value < 0 ? new(null, $"The {what} cannot be negative.")
        : value > Maximum ? new(null, $"The {what} is larger than any count of people (over a billion); is it an identifier?")
        : new(value, null);
}
