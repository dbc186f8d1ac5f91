using System.Globalization;

namespace Hub.Auth;

/// <summary>Token lifetimes as people write them: 30m, 8h, 2d (or a TimeSpan such as 01:30:00).</summary>
public static class Lifetimes
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(30);

    public static bool TryParse(string? text, out TimeSpan lifetime)
    {
        lifetime = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var unit = text[^1];
        if (char.IsLetter(unit) && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            lifetime = char.ToLowerInvariant(unit) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => TimeSpan.Zero,
            };
        }
        else if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out lifetime))
        {
            return false;
        }
        return lifetime > TimeSpan.Zero && lifetime <= Longest;
    }
}
