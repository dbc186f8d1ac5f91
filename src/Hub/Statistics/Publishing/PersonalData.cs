using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Statistics.Publishing;

/// <summary>
/// Recognises what only a list of people holds: personal identity numbers (personnummer, samordningsnummer),
/// names, e-mail addresses and dates of birth. A table carrying any of them is not an aggregate and is refused;
/// the refusal never repeats the value, so the identifier is not copied into errors or logs.
/// </summary>
public static partial class PersonalData
{
    // Header words that name personal data in Swedish and English (compared without case, spaces or punctuation).
    private static readonly string[] ColumnWords =
    [
        "personn", "personid", "pnr", "ssn", "samordn", "identitet", "namn", "name", "mail", "epost", "mejl",
        "fodelse", "födelse", "birth", "dob", "adress", "address", "telefon", "phone", "mobil",
    ];

    /// <summary>What a column header suggests it holds, e.g. "names", or null when it looks harmless.</summary>
    public static string? DescribeColumn(string header)
    {
        var simple = new string([.. header.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        if (simple is "id" or "personid" or "individ" or "individid") return "identifiers of individuals";
        var word = ColumnWords.FirstOrDefault(simple.Contains);
        return word switch
        {
            null => null,
            "namn" or "name" => "names",
            "mail" or "epost" or "mejl" => "e-mail addresses",
            "fodelse" or "födelse" or "birth" or "dob" => "dates of birth",
            "adress" or "address" => "addresses",
            "telefon" or "phone" or "mobil" => "phone numbers",
            _ => "personal identity numbers",
        };
    }

    /// <summary>What a single value looks like, e.g. "a personal identity number (personnummer)", or null.</summary>
    public static string? DescribeValue(string value, bool isPeriodColumn = false)
    {
        var text = value.Trim();
        if (IsIdentityNumber(text)) return "a personal identity number (personnummer or samordningsnummer)";
        if (Email().IsMatch(text)) return "an e-mail address";
        if (!isPeriodColumn && IsDate(text)) return "a date (a date of birth?)";
        if (isPeriodColumn && IsDate(text)) return "a single day (a date of birth?); periods are years, half-years, quarters or months";
        return null;
    }

    /// <summary>Free text where a code belongs: letters that are not a code's capitals, for example a name.</summary>
    public static bool LooksLikeFreeText(string value) => !CodeLike(value) && value.Any(char.IsLetter);

    /// <summary>Short, upper-case codes such as F, 65+, 16-24 or LT_36M are safe to quote back in a message.</summary>
    public static bool CodeLike(string value) => CodeShape().IsMatch(value);

    /// <summary>Whether free text (a title, a method note) contains something shaped like a personal identity number.</summary>
    public static bool ContainsIdentityNumber(string text) =>
        IdentityNumberInText().Matches(text).Any(m => IsIdentityNumber(m.Value));

    /// <summary>YYMMDD-XXXX, YYMMDD+XXXX, YYYYMMDDXXXX, … with a real month and a day of 1–31 (samordningsnummer: 61–91).</summary>
    public static bool IsIdentityNumber(string text)
    {
        var match = IdentityNumber().Match(text);
        if (!match.Success) return false;
        var month = int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (day > 60) day -= 60;
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    private static bool IsDate(string text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^(?:\d{2})?\d{2}(?<month>\d{2})(?<day>\d{2})[-+]?\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityNumber();

    [GeneratedRegex(@"(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityNumberInText();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9_+\-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();
}
