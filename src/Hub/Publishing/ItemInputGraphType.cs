using GraphQL.Types;
using Hub.Access;

namespace Hub.Publishing;

public enum InputShape
{
    Create,
    Update,
    Retire,
}

/// <summary>
/// A mutation input built from an item kind's field declarations. Item fields are nullable in every shape: a
/// missing required field is reported as a REQUIRED user error together with every other problem, not as a
/// query error that hides the rest. In updates, a field left out keeps its value and null clears it.
/// </summary>
public sealed class ItemInputGraphType<T> : InputObjectGraphType where T : class, IEntity
{
    public ItemInputGraphType(ItemKind<T> kind, InputShape shape, string name, string description)
    {
        Name = name;
        Description = description;
        if (shape != InputShape.Create)
        {
            Field<NonNullGraphType<IdGraphType>>("id").Description($"The global id of the {kind.Noun}.");
            Field<NonNullGraphType<IntGraphType>>("expectedVersion")
                .Description($"The version you read. If the {kind.Noun} has changed since, nothing is written and the payload reports CONFLICT with the current version.");
        }
        if (shape == InputShape.Retire) return;
        foreach (var field in kind.Fields.Where(f => shape == InputShape.Create || !f.CreateOnly))
        {
            AddField(new FieldType
            {
                Name = field.Name,
                Type = field.GraphType,
                Description = shape == InputShape.Create && field.Required ? $"Required. {field.Description}" : field.Description,
            });
        }
    }
}

/// <summary>The payload of a create, update or retire mutation: the item as saved, or the user errors.</summary>
public sealed class ItemPayloadGraphType<TGraph, T> : ObjectGraphType<Published<T>> where TGraph : IGraphType where T : class
{
    public ItemPayloadGraphType(string name, string itemField, string noun)
    {
        Name = name;
        Description = $"The result of a mutation of a {noun}: the {noun} as it is now, or the reasons nothing was saved.";
        Field<TGraph>(itemField).Description($"The {noun} after the change; null when there are errors.").Resolve(c => c.Source.Item);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Every problem with the input, each with the input field it concerns; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
