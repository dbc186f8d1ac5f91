using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Hub.Data.Paging;

namespace Hub.GraphQL.Paging;

/// <summary>
/// A Relay connection over a node type: edges with cursors, the nodes directly, page info and a total count
/// that is only computed when selected. Each node type declares its connection by subclassing this once.
/// </summary>
public abstract class ConnectionGraphType<TNodeGraph, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeGraph : IGraphType where TNode : class
{
    protected ConnectionGraphType(string nodeName, string plural)
    {
        Name = $"{nodeName}Connection";
        Description = $"A page of {plural}, with cursors to move forwards (`first`/`after`) or backwards (`last`/`before`).";
        var edge = new EdgeGraphType(nodeName);
        AddField(new FieldType
        {
            Name = "edges",
            Description = $"The {plural} of this page, each with its cursor.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))),
            Resolver = new FuncFieldResolver<Page<TNode>, object>(c => c.Source.Edges),
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraph>>>>("nodes")
            .Description($"The {plural} of this page, without cursors: the short form of `edges {{ node }}`.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page lies in the whole list.")
            .Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description($"How many {plural} the whole list holds for you (all pages). Computed only when selected.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }

    private sealed class EdgeGraphType : ObjectGraphType<Edge<TNode>>
    {
        public EdgeGraphType(string nodeName)
        {
            Name = $"{nodeName}Edge";
            Description = $"One {nodeName} in a page, with the cursor that points at it.";
            Field<NonNullGraphType<StringGraphType>>("cursor")
                .Description("Opaque position of this item; pass it as `after` or `before` to continue from here.")
                .Resolve(c => c.Source.Cursor);
            Field<NonNullGraphType<TNodeGraph>>("node").Description($"The {nodeName}.").Resolve(c => c.Source.Node);
        }
    }
}
