using System.Collections;
using GraphQL.Types;
using GraphQL.Utilities;
using Hub.Errors;

namespace Hub.GraphQL.Limits;

/// <summary>
/// Every list an argument or input field takes holds at most <see cref="DefaultMaxItems"/> values unless the field
/// declares its own maximum (<see cref="MaxItems{T}"/>), so a filter of 100 000 codes is refused while its variables
/// are read, before any SQL (where it would also exceed the database's limit on parameters).
/// </summary>
public sealed class ListLimits : BaseSchemaNodeVisitor
{
    public const int DefaultMaxItems = Data.Paging.PageRequest.MaxSize;
    private const string MaxItemsKey = "hub.maxItems";

    /// <summary>Declares how many values this input list field may hold, where more than the default makes sense.</summary>
    public static T MaxItems<T>(T field, int maxItems) where T : IProvideMetadata
    {
        field.Metadata[MaxItemsKey] = maxItems;
        return field;
    }

    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (!IsList(argument.ResolvedType)) return;
        var check = Check(argument.Name, argument.GetMetadata(MaxItemsKey, DefaultMaxItems));
        var previous = argument.Validator;
        argument.Validator = previous is null ? check : value => { check(value); previous(value); };
    }

    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema)
    {
        if (!IsList(field.ResolvedType)) return;
        var check = Check($"{type.Name}.{field.Name}", field.GetMetadata(MaxItemsKey, DefaultMaxItems));
        var previous = field.Validator;
        field.Validator = previous is null ? check : value => { check(value); previous(value); };
    }

    private static bool IsList(IGraphType? type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;

    private static Action<object> Check(string name, int maxItems) => value =>
    {
        if (value is ICollection { Count: var count } && count > maxItems)
            throw new HubException(ErrorCodes.TooManyValues, $"{name} takes at most {maxItems} values; {count} were given.",
                new Dictionary<string, object?> { ["field"] = name, ["limit"] = maxItems, ["actual"] = count });
    };
}
