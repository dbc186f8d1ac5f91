using GraphQL.DataLoader;

namespace Hub.GraphQL.DataLoading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query is resolved, then fetches them all
/// with one call when the engine first awaits a result. The number of fetches follows the shape of the query,
/// not the number of rows.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly List<TKey> _pending = [];

    public IDataLoaderResult<TValue> LoadAsync(TKey key)
    {
        if (!_loaded.ContainsKey(key) && !_pending.Contains(key)) _pending.Add(key);
        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue(key, out var value)) return value;
        if (_pending.Count > 0)
        {
            var batch = _pending.ToList();
            _pending.Clear();
            var fetched = await fetch(batch, cancellationToken);
            foreach (var k in batch) _loaded[k] = fetched.TryGetValue(k, out var v) ? v : missing;
        }
        return _loaded.TryGetValue(key, out value) ? value : missing;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

public static class DataLoaderResultExtensions
{
    /// <summary>A value already at hand, as a loader result (a vocabulary entry from the snapshot, or nothing).</summary>
    public static IDataLoaderResult<TValue> Done<TValue>(TValue value) => new Known<TValue>(value);

    /// <summary>Maps a loaded value without forcing the batch early.</summary>
    public static IDataLoaderResult<TResult> Then<TValue, TResult>(this IDataLoaderResult<TValue> result, Func<TValue, TResult> map) =>
        new Mapped<TValue, TResult>(result, map);

    private sealed class Mapped<TValue, TResult>(IDataLoaderResult<TValue> inner, Func<TValue, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Known<TValue>(TValue value) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
