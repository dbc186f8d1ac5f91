using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Hub.Access;
using Hub.Data.Paging;

namespace Hub.GraphQL.Types;

public sealed class ItemOrderFieldGraphType : EnumerationGraphType<ItemOrderField>
{
    public ItemOrderFieldGraphType()
    {
        Name = "ItemOrderField";
        Description = "What an inventory list can be ordered by. Ties are always broken by the item's id, so paging never repeats or skips.";
    }
}

public sealed record ItemOrder(ItemOrderField Field, OrderDirection Direction);

public sealed class ItemOrderInputType : InputObjectGraphType<ItemOrder>
{
    public ItemOrderInputType()
    {
        Name = "ItemOrder";
        Description = "The order of an inventory list (default: title, ascending).";
        Field<NonNullGraphType<ItemOrderFieldGraphType>>("field").Description("What to order by.");
        Field<OrderDirectionGraphType>("direction").Description("Ascending (default) or descending.").DefaultValue(OrderDirection.Asc);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ItemOrder((ItemOrderField)value["field"]!, value.TryGetValue("direction", out var d) && d is OrderDirection dir ? dir : OrderDirection.Asc);
}

public static class ItemOrderArguments
{
    public static Ordering<T> Ordering<T>(this IResolveFieldContext context) where T : class, IOwnedItem
    {
        var order = context.GetArgument<ItemOrder?>("orderBy");
        return order is null ? ItemOrderings<T>.Default : ItemOrderings<T>.For(order.Field, order.Direction == OrderDirection.Desc);
    }

    /// <summary>
    /// Identifies a nested list's arguments, so parents asking alike share one batch. Within one request a field of the
    /// document always has the same argument values (literals and variables are fixed), so the field's node in the
    /// document is the key: no serialising of arguments or walking of paths for every parent.
    /// </summary>
    public static string ArgumentsKey(this IResolveFieldContext context) => context.Hub().FieldKey(context.FieldAst);
}
