using GraphQL;
using Hub.Access;

namespace Hub.GraphQL;

public static class InventoryQueries
{
    /// <summary>The field's <c>filter</c> argument (none: everything), its vocabulary codes checked.</summary>
    public static TFilter Filter<T, TFilter>(this IResolveFieldContext c) where T : class, IOwnedItem where TFilter : ItemFilter<T>, new()
    {
        var filter = c.GetArgument<TFilter?>("filter") ?? new TFilter();
        Vocabularies.CodeCheck.EnsureKnown(c.Hub().Vocabulary, "filter", filter.CodeFields());
        return filter;
    }
}
