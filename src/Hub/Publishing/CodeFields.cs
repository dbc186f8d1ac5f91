using System.Text.Json.Nodes;
using GraphQL.Types;

namespace Hub.Publishing;

/// <summary>One code of a controlled vocabulary. The API takes the code; imports also take its Swedish or English label.</summary>
public sealed class CodeField<T>(string name, string description, string scheme, Func<T, string?> get, Action<T, string?> set)
    : ItemField<T>(name, description) where T : class
{
    public string Scheme { get; } = scheme;

    public override Type GraphType => typeof(StringGraphType);

    public override object? FromInput(object? value) => value is string text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public override Parsed FromCell(Cell cell, PublishingContext context)
    {
        if (cell.Items is not null) return new Parsed(null, Problem(UserErrorCodes.InvalidValue, $"{Name} takes one value, not a list."));
        if (cell.Trimmed is not { } text) return Parsed.Of(null);
        return context.MatchCode(Scheme, text) is { } code
            ? Parsed.Of(code)
            : new Parsed(null, Problem(UserErrorCodes.UnknownCode, $"'{text}' is neither a code nor a label of {Scheme}."));
    }

    public override FieldProblem? Check(object value, PublishingContext context) =>
        context.Vocabulary.Contains(Scheme, (string)value) ? null
            : Problem(UserErrorCodes.UnknownCode, $"`{value}` is not a code of {Scheme}; see vocabulary(scheme: {Scheme}).");

    public override object? Get(T item, PublishingContext context) => get(item);

    public override void Set(T item, object? value, PublishingContext context) => set(item, (string?)value);

    public override JsonNode? ToJson(object? value) => value is string code ? JsonValue.Create(code) : null;
}

/// <summary>
/// Several codes of one vocabulary, kept as rows beside the item. Order and repetition carry no meaning, so the
/// value is the sorted set; a list given in another order is no change.
/// </summary>
public sealed class CodeListField<T, TCode>(string name, string description, string scheme,
    Func<T, List<TCode>> rows, Func<TCode, string> schemeOf, Func<TCode, string> codeOf, Func<string, TCode> create)
    : ItemField<T>(name, description) where T : class
{
    public string Scheme { get; } = scheme;

    public override Type GraphType => typeof(ListGraphType<NonNullGraphType<StringGraphType>>);

    public override object? FromInput(object? value) => Normalise((value as IEnumerable<object?>)?.OfType<string>() ?? []);

    public override bool IsEmpty(object? value) => value is not IReadOnlyList<string> { Count: > 0 };

    public override Parsed FromCell(Cell cell, PublishingContext context)
    {
        var values = cell.Values();
        var unknown = values.Where(v => context.MatchCode(Scheme, v) is null).ToList();
        return unknown.Count > 0
            ? new Parsed(null, Problem(UserErrorCodes.UnknownCode,
                $"{string.Join(", ", unknown.Select(u => $"'{u}'"))} {(unknown.Count == 1 ? "is neither a code nor a label" : "are neither codes nor labels")} of {Scheme}."))
            : Parsed.Of(Normalise(values.Select(v => context.MatchCode(Scheme, v)!)));
    }

    public override FieldProblem? Check(object value, PublishingContext context)
    {
        var unknown = ((IReadOnlyList<string>)value).Where(code => !context.Vocabulary.Contains(Scheme, code)).ToList();
        return unknown.Count == 0 ? null
            : Problem(UserErrorCodes.UnknownCode,
                $"{string.Join(", ", unknown.Select(u => $"`{u}`"))} {(unknown.Count == 1 ? "is not a code" : "are not codes")} of {Scheme}; see vocabulary(scheme: {Scheme}).");
    }

    public override object? Get(T item, PublishingContext context) =>
        Normalise(rows(item).Where(r => schemeOf(r) == Scheme).Select(codeOf));

    public override void Set(T item, object? value, PublishingContext context)
    {
        var wanted = ((IReadOnlyList<string>?)value ?? []).ToHashSet(StringComparer.Ordinal);
        var list = rows(item);
        // Rows that stay are kept as they are: removing and re-adding the same key would confuse the change tracker.
        list.RemoveAll(r => schemeOf(r) == Scheme && !wanted.Contains(codeOf(r)));
        var present = list.Where(r => schemeOf(r) == Scheme).Select(codeOf).ToHashSet(StringComparer.Ordinal);
        list.AddRange(wanted.Where(code => !present.Contains(code)).Order(StringComparer.Ordinal).Select(create));
    }

    public override JsonNode? ToJson(object? value) => new JsonArray([.. ((IReadOnlyList<string>?)value ?? []).Select(c => JsonValue.Create(c))]);

    private static List<string> Normalise(IEnumerable<string> codes) =>
        codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>Several organisations, by code (imports also take their names), kept as link rows beside the item.</summary>
public sealed class OrganisationListField<T, TLink>(string name, string description,
    Func<T, List<TLink>> rows, Func<TLink, int> organisationOf, Func<int, TLink> create)
    : ItemField<T>(name, description) where T : class
{
    public override Type GraphType => typeof(ListGraphType<NonNullGraphType<StringGraphType>>);

    public override object? FromInput(object? value) => Normalise((value as IEnumerable<object?>)?.OfType<string>() ?? []);

    public override bool IsEmpty(object? value) => value is not IReadOnlyList<string> { Count: > 0 };

    public override Parsed FromCell(Cell cell, PublishingContext context)
    {
        var values = cell.Values();
        var unknown = values.Where(v => context.MatchOrganisation(v) is null).ToList();
        return unknown.Count > 0
            ? new Parsed(null, Problem(UserErrorCodes.UnknownOrganisation,
                $"No organisation has the code or name {string.Join(", ", unknown.Select(u => $"'{u}'"))}."))
            : Parsed.Of(Normalise(values.Select(v => context.MatchOrganisation(v)!)));
    }

    public override FieldProblem? Check(object value, PublishingContext context)
    {
        var unknown = ((IReadOnlyList<string>)value).Where(code => context.OrganisationId(code) is null).ToList();
        return unknown.Count == 0 ? null
            : Problem(UserErrorCodes.UnknownOrganisation,
                $"No organisation has the code {string.Join(", ", unknown.Select(u => $"`{u}`"))}; see organisations.");
    }

    public override object? Get(T item, PublishingContext context) =>
        Normalise(rows(item).Select(r => context.OrganisationCode(organisationOf(r))));

    public override void Set(T item, object? value, PublishingContext context)
    {
        var wanted = ((IReadOnlyList<string>?)value ?? []).Select(code => context.OrganisationId(code)!.Value).ToHashSet();
        var list = rows(item);
        list.RemoveAll(r => !wanted.Contains(organisationOf(r)));
        var present = list.Select(organisationOf).ToHashSet();
        list.AddRange(wanted.Where(id => !present.Contains(id)).Order().Select(create));
    }

    public override JsonNode? ToJson(object? value) => new JsonArray([.. ((IReadOnlyList<string>?)value ?? []).Select(c => JsonValue.Create(c))]);

    private static List<string> Normalise(IEnumerable<string> codes) =>
        codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
