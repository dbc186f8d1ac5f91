using System.Text.Json.Nodes;

namespace Hub.Publishing;

/// <summary>
/// One field that publishers set on an item, declared once: its name in the API and in import files (with the
/// Swedish headers spreadsheet users write), its GraphQL input type, how it is validated, read, written and
/// compared. Mutations, imports and the audit trail all work from these declarations.
/// </summary>
public abstract class ItemField<T>(string name, string description) where T : class
{
    /// <summary>The camelCase name of the input field and the English import column.</summary>
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>Other import column headers accepted for this field, typically the Swedish ones.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Must have a value once the item exists (given on create, never cleared on update).</summary>
    public bool Required { get; init; }

    /// <summary>Set when the item is created and never changed afterwards (codes that others rely on).</summary>
    public bool CreateOnly { get; init; }

    /// <summary>The nullable GraphQL input type: absence means "leave as it is", null means "clear".</summary>
    public abstract Type GraphType { get; }

    /// <summary>Normalises a value as GraphQL parsed it (trims text, sorts code lists).</summary>
    public abstract object? FromInput(object? value);

    /// <summary>Parses a cell of an import file; labels are accepted where the API accepts only codes.</summary>
    public abstract Parsed FromCell(Cell cell, PublishingContext context);

    /// <summary>The field's own rule for a present, non-empty value (length, form, vocabulary).</summary>
    public virtual FieldProblem? Check(object value, PublishingContext context) => null;

    public abstract object? Get(T item, PublishingContext context);

    public abstract void Set(T item, object? value, PublishingContext context);

    /// <summary>The value as it is compared and written into the audit trail.</summary>
    public abstract JsonNode? ToJson(object? value);

    public virtual bool IsEmpty(object? value) => value is null;

    protected FieldProblem Problem(string code, string message) => new(Name, code, message);
}

/// <summary>A problem with one field's value, before it is placed (input path or import line and column).</summary>
public sealed record FieldProblem(string Field, string Code, string Message);

/// <summary>The result of parsing an import cell: a value or a problem.</summary>
public readonly record struct Parsed(object? Value, FieldProblem? Problem)
{
    public static Parsed Of(object? value) => new(value, null);
}

/// <summary>One cell of an import file: text (CSV, or a JSON string or number) or a list (a JSON array).</summary>
public readonly record struct Cell(string? Text, IReadOnlyList<string>? Items)
{
    public const char Separator = '|';

    /// <summary>The cell's values: a JSON array as it is, text split at <see cref="Separator"/>; blanks dropped.</summary>
    public IReadOnlyList<string> Values() =>
        (Items ?? (Text ?? "").Split(Separator)).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

    public string? Trimmed => Items is null ? string.IsNullOrWhiteSpace(Text) ? null : Text.Trim() : null;
}
