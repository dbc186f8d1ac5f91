using System.Globalization;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace Hub.Publishing;

/// <summary>A whole number within bounds.</summary>
public sealed class IntField<T>(string name, string description, Func<T, int?> get, Action<T, int?> set, int min, int max)
    : ItemField<T>(name, description) where T : class
{
    public override Type GraphType => typeof(IntGraphType);

    public override object? FromInput(object? value) => value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    public override Parsed FromCell(Cell cell, PublishingContext context) => cell.Trimmed switch
    {
        _ when cell.Items is not null => new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} takes one number, not a list.")),
        null => Parsed.Of(null),
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => Parsed.Of(number),
        var text => new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} must be a whole number; got '{text}'.")),
    };

    public override FieldProblem? Check(object value, PublishingContext context) =>
        (int)value is var number && (number < min || number > max)
            ? Problem(UserErrorCodes.InvalidValue, $"{Name} must be between {min} and {max}; got {number}.")
            : null;

    public override object? Get(T item, PublishingContext context) => get(item);

    public override void Set(T item, object? value, PublishingContext context) => set(item, (int?)value);

    public override JsonNode? ToJson(object? value) => value is int number ? JsonValue.Create(number) : null;
}

/// <summary>A calendar date, written yyyy-mm-dd in imports.</summary>
public sealed class DateField<T>(string name, string description, Func<T, DateOnly?> get, Action<T, DateOnly?> set)
    : ItemField<T>(name, description) where T : class
{
    // Spreadsheets often export a date with a midnight time; the date part is what was meant.
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public override Type GraphType => typeof(DateOnlyGraphType);

    public override object? FromInput(object? value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => null,
    };

    public override Parsed FromCell(Cell cell, PublishingContext context) => cell.Trimmed switch
    {
        _ when cell.Items is not null => new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} takes one date, not a list.")),
        null => Parsed.Of(null),
        var text when DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
            Parsed.Of(DateOnly.FromDateTime(date)),
        var text => new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} must be a date written yyyy-mm-dd, such as 2025-03-31; got '{text}'.")),
    };

    public override object? Get(T item, PublishingContext context) => get(item);

    public override void Set(T item, object? value, PublishingContext context) => set(item, (DateOnly?)value);

    public override JsonNode? ToJson(object? value) =>
        value is DateOnly date ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;
}

/// <summary>Yes or no; imports also accept ja/nej and 1/0.</summary>
public sealed class BoolField<T>(string name, string description, Func<T, bool> get, Action<T, bool> set)
    : ItemField<T>(name, description) where T : class
{
    private static readonly string[] Yes = ["true", "yes", "ja", "1", "x"];
    private static readonly string[] No = ["false", "no", "nej", "0"];

    public override Type GraphType => typeof(BooleanGraphType);

    public override object? FromInput(object? value) => value as bool?;

    public override Parsed FromCell(Cell cell, PublishingContext context) => cell.Trimmed?.ToLowerInvariant() switch
    {
        null => Parsed.Of(null),
        var text when Yes.Contains(text) => Parsed.Of(true),
        var text when No.Contains(text) => Parsed.Of(false),
        var text => new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} must be true or false (ja/nej); got '{text}'.")),
    };

    public override object? Get(T item, PublishingContext context) => get(item);

    public override void Set(T item, object? value, PublishingContext context) => set(item, value as bool? ?? false);

    public override JsonNode? ToJson(object? value) => value is bool flag ? JsonValue.Create(flag) : null;
}
