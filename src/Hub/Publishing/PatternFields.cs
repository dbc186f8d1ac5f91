using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hub.Publishing;

/// <summary>A short identifier with a fixed form (organisation and vocabulary codes): what tokens and exchanges rely on.</summary>
public sealed class PatternField<T>(string name, string description, Func<T, string?> get, Action<T, string?> set, int maxLength,
    Regex pattern, string form) : TextField<T>(name, description, get, set, maxLength) where T : class
{
    protected override FieldProblem? CheckForm(string text) =>
        pattern.IsMatch(text) ? null : Problem(UserErrorCodes.InvalidValue, $"{Name} must be {form}; got '{text}'.");
}

/// <summary>One of a fixed list of names, given as a GraphQL enum whose values are the names themselves.</summary>
public sealed class ChoiceField<T>(string name, string description, Type graphType, IReadOnlyCollection<string> choices,
    Func<T, string?> get, Action<T, string?> set) : ItemField<T>(name, description) where T : class
{
    public override Type GraphType { get; } = graphType;

    public override object? FromInput(object? value) => value as string;

    public override Parsed FromCell(Cell cell, PublishingContext context) =>
        cell.Trimmed is not { } text ? Parsed.Of(null)
        : choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) is { } choice ? Parsed.Of(choice)
        : new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} must be one of {string.Join(", ", choices)}; got '{text}'."));

    public override FieldProblem? Check(object value, PublishingContext context) =>
        choices.Contains((string)value) ? null : Problem(UserErrorCodes.InvalidValue, $"{Name} must be one of {string.Join(", ", choices)}.");

    public override object? Get(T item, PublishingContext context) => get(item);

    public override void Set(T item, object? value, PublishingContext context) => set(item, (string?)value);

    public override JsonNode? ToJson(object? value) => value is string text ? JsonValue.Create(text) : null;
}
