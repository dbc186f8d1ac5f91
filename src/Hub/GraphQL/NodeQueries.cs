using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.GraphQL.DataLoading;

namespace Hub.GraphQL;

public static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global id. Null when the id is malformed, unknown, or of something you may not see.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from any `id` field.")
            .Resolve(c => Load(c.Hub(), c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Objects by their global ids, in the order asked; null in place of each id that `node` would answer with null.")
            // Like every list argument, ids holds at most ListLimits.DefaultMaxItems values (TOO_MANY_VALUES beyond).
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"Up to {Limits.ListLimits.DefaultMaxItems} global ids.")
            .Resolve(c => new AllResults(c.GetArgument<List<string>>("ids").Select(id => Load(c.Hub(), id)).ToList()));
    }

    private static IDataLoaderResult<object?> Load(HubRequestContext hub, string id) =>
        hub.Kinds.TryDecode(id, out var item, out var kind) ? kind!.Load(hub, item.Id) : Nothing;

    private static readonly IDataLoaderResult<object?> Nothing = DataLoaderResultExtensions.Done<object?>(null);

    /// <summary>Waits for every id's result; the loaders have batched them by type.</summary>
    private sealed class AllResults(IReadOnlyList<IDataLoaderResult<object?>> results) : IDataLoaderResult<IReadOnlyList<object?>>
    {
        public async Task<IReadOnlyList<object?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<object?>(results.Count);
            foreach (var result in results) values.Add(await result.GetResultAsync(cancellationToken));
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
