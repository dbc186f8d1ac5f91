using System.Text.Json.Nodes;

namespace Hub.Publishing;

/// <summary>
/// One value of a fixed set (a GraphQL enum). Imports accept the API name in any case, with or without
/// underscores, or one of the Swedish words given.
/// </summary>
public sealed class EnumField<T, TEnum>(string name, string description, Type graphType, Func<T, TEnum?> get, Action<T, TEnum?> set,
    IReadOnlyDictionary<string, TEnum> swedish) : ItemField<T>(name, description) where T : class where TEnum : struct, Enum
{
    public override Type GraphType { get; } = graphType;

    public override object? FromInput(object? value) => value is TEnum item ? item : null;

    public override Parsed FromCell(Cell cell, PublishingContext context)
    {
        if (cell.Items is not null) return new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} takes one value, not a list."));
        if (cell.Trimmed is not { } text) return Parsed.Of(null);
        if (!char.IsDigit(text[0]) && Enum.TryParse<TEnum>(Simplify(text), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            return Parsed.Of(parsed);
        foreach (var (word, value) in swedish)
            if (string.Equals(word, text, StringComparison.CurrentCultureIgnoreCase)) return Parsed.Of(value);
        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(ApiName));
        return new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} must be one of {allowed}; got '{text}'."));
    }

    public override object? Get(T item, PublishingContext context) => get(item);

    public override void Set(T item, object? value, PublishingContext context) => set(item, (TEnum?)value);

    public override JsonNode? ToJson(object? value) => value is TEnum item ? JsonValue.Create(ApiName(item)) : null;

    /// <summary>The name GraphQL gives the value: PARTNERS, COUNTY_BOARD.</summary>
    public static string ApiName(TEnum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static string Simplify(string text) => text.Replace("_", "").Replace("-", "").Replace(" ", "");
}
