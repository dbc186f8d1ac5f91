using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Data;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hub.GraphQL;

/// <summary>
/// The list field of an inventory (interventions, materials, statistics datasets): every kind's list is the same
/// code, visible items filtered, ordered and paged in SQL, declared with the kind's own names and types.
/// </summary>
public static class InventoryQueries
{
    public static void AddInventoryList<T, TConnection, TFilterInput, TFilter>(this ObjectGraphType query, string name, string description,
        string filterDescription, Func<HubDbContext, IQueryable<T>> items)
        where T : class, IOwnedItem
        where TConnection : IGraphType
        where TFilterInput : IInputObjectGraphType
        where TFilter : ItemFilter<T>, new() =>
        query.Connection<object?, TConnection>(name, description)
            .Argument<TFilterInput>("filter", filterDescription)
            .Argument<ItemOrderInputType>("orderBy", "Order of the list (default: title).")
            .ResolveAsync(async c =>
            {
                var hub = c.Hub();
                var visible = c.Filter<T, TFilter>().Apply(items(hub.Db).AsNoTracking().VisibleTo(hub.Caller), hub.Db);
                return await c.Ordering<T>().PageAsync(visible, c.Paging(), c.CancellationToken);
            });

    /// <summary>The field's <c>filter</c> argument (none: everything), its vocabulary codes checked.</summary>
    public static TFilter Filter<T, TFilter>(this IResolveFieldContext c) where T : class, IOwnedItem where TFilter : ItemFilter<T>, new()
    {
        var filter = c.GetArgument<TFilter?>("filter") ?? new TFilter();
        Vocabularies.CodeCheck.EnsureKnown(c.Hub().Vocabulary, "filter", filter.CodeFields());
        return filter;
    }
}
