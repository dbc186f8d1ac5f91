using System.Net.Mail;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace Hub.Publishing;

/// <summary>Free text, trimmed; blank text counts as no value.</summary>
public class TextField<T>(string name, string description, Func<T, string?> get, Action<T, string?> set, int maxLength)
    : ItemField<T>(name, description) where T : class
{
    public int MaxLength { get; } = maxLength;

    public override Type GraphType => typeof(StringGraphType);

    public override object? FromInput(object? value) => value is string text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public override Parsed FromCell(Cell cell, PublishingContext context) =>
        cell.Items is not null ? new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} takes one text, not a list."))
            : Parsed.Of(cell.Trimmed);

    public override FieldProblem? Check(object value, PublishingContext context)
    {
        var text = (string)value;
        return text.Length > MaxLength
            ? Problem(UserErrorCodes.TooLong, $"{Name} is {text.Length} characters long; at most {MaxLength} are allowed.")
            : CheckForm(text);
    }

    protected virtual FieldProblem? CheckForm(string text) => null;

    public override object? Get(T item, PublishingContext context) => get(item);

    public override void Set(T item, object? value, PublishingContext context) => set(item, (string?)value);

    public override JsonNode? ToJson(object? value) => value is string text ? JsonValue.Create(text) : null;
}

/// <summary>A web address: absolute, http or https.</summary>
public sealed class UrlField<T>(string name, string description, Func<T, string?> get, Action<T, string?> set)
    : TextField<T>(name, description, get, set, 2000) where T : class
{
    protected override FieldProblem? CheckForm(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host)
            ? null
            : Problem(UserErrorCodes.InvalidUrl, $"{Name} must be an absolute http or https address, such as https://www.example.se/page; got '{text}'.");
}

/// <summary>An e-mail address.</summary>
public sealed class EmailField<T>(string name, string description, Func<T, string?> get, Action<T, string?> set)
    : TextField<T>(name, description, get, set, 254) where T : class
{
    protected override FieldProblem? CheckForm(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.')
            ? null
            : Problem(UserErrorCodes.InvalidEmail, $"{Name} must be one e-mail address, such as namn@myndighet.se; got '{text}'.");
}
