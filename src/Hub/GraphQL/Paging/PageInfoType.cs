using GraphQL.Types;
using Hub.Data.Paging;

namespace Hub.GraphQL.Paging;

/// <summary>Relay page information, read from any page whatever its node type.</summary>
public sealed class PageInfoType : ObjectGraphType<IPageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page lies in its list, and the cursors to fetch its neighbours.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("True when more items follow the last item of this page.")
            .Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("True when items precede the first item of this page.")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("Cursor of the first item of the page; null when the page is empty.")
            .Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("Cursor of the last item of the page; null when the page is empty.")
            .Resolve(c => c.Source.EndCursor);
    }
}
