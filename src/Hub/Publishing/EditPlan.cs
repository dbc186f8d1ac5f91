using System.Text.Json.Nodes;

namespace Hub.Publishing;

/// <summary>One field's value before and after a change, as the audit trail records it.</summary>
public sealed record FieldChange(string Field, JsonNode? Old, JsonNode? New);

/// <summary>
/// What an edit would do to an item: every rule it breaks, and otherwise the fields it really changes. Values that
/// equal what is stored are no change, so re-sending or re-importing the same data changes nothing.
/// </summary>
public sealed record EditPlan(IReadOnlyList<FieldProblem> Problems, IReadOnlyList<FieldChange> Changes)
{
    public bool IsValid => Problems.Count == 0;

    public static EditPlan For<T>(ItemKind<T> kind, T? existing, IReadOnlyDictionary<string, object?> values, PublishingContext context)
        where T : class, Access.IEntity
    {
        var problems = new List<FieldProblem>();
        foreach (var field in kind.Fields)
        {
            var given = values.TryGetValue(field.Name, out var value);
            if (existing is not null && given && field.CreateOnly)
            {
                if (!JsonNode.DeepEquals(field.ToJson(value), field.ToJson(field.Get(existing, context))))
                    problems.Add(new FieldProblem(field.Name, UserErrorCodes.InvalidValue, $"{field.Name} is set when the {kind.Noun} is created and cannot be changed."));
                continue;
            }
            if (!given && existing is not null) continue;
            if (field.IsEmpty(value))
            {
                if (field.Required)
                    problems.Add(new FieldProblem(field.Name, UserErrorCodes.Required,
                        existing is null ? $"{field.Name} is required." : $"{field.Name} is required and cannot be cleared."));
                continue;
            }
            if (field.Check(value!, context) is { } problem) problems.Add(problem);
        }
        problems.AddRange(kind.CheckTogether(name => ValueOf(kind, existing, values, context, name)));
        return new EditPlan(problems, problems.Count > 0 ? [] : Diff(kind, existing, values, context));
    }

    /// <summary>The field's value once the edit is applied: the given value, else the stored one.</summary>
    public static object? ValueOf<T>(ItemKind<T> kind, T? existing, IReadOnlyDictionary<string, object?> values, PublishingContext context, string name)
        where T : class, Access.IEntity =>
        values.TryGetValue(name, out var value) ? value
        : existing is not null && kind.Field(name) is { } field ? field.Get(existing, context)
        : null;

    private static List<FieldChange> Diff<T>(ItemKind<T> kind, T? existing, IReadOnlyDictionary<string, object?> values, PublishingContext context)
        where T : class, Access.IEntity
    {
        var changes = new List<FieldChange>();
        foreach (var field in kind.Fields)
        {
            if (!values.TryGetValue(field.Name, out var value)) continue;
            if (existing is null && field.IsEmpty(value)) continue;
            var old = existing is null ? null : field.ToJson(field.Get(existing, context));
            var @new = field.ToJson(value);
            if (!JsonNode.DeepEquals(old, @new)) changes.Add(new FieldChange(field.Name, old, @new));
        }
        return changes;
    }

    /// <summary>Writes the changed fields into the item.</summary>
    public void ApplyTo<T>(ItemKind<T> kind, T item, IReadOnlyDictionary<string, object?> values, PublishingContext context)
        where T : class, Access.IEntity
    {
        foreach (var change in Changes) kind.Field(change.Field)!.Set(item, values[change.Field], context);
    }
}
