using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Data.Paging;

namespace Hub.GraphQL.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>Declares a connection field with the four Relay paging arguments.</summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TConnection>(this ObjectGraphType<TSource> type, string name, string description)
        where TConnection : IGraphType =>
        type.Field<NonNullGraphType<TConnection>>(name)
            .Description(description)
            .Argument<IntGraphType>("first", $"Return the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Return items after this cursor.")
            .Argument<IntGraphType>("last", $"Return the last n items (at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("before", "Return items before this cursor.");

    /// <summary>The paging arguments of the field being resolved, checked.</summary>
    public static PageRequest Paging(this IResolveFieldContext context) =>
        new PageRequest(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before")).Validated();
}
