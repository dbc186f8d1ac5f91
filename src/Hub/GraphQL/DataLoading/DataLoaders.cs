namespace Hub.GraphQL.DataLoading;

/// <summary>
/// The request's loaders, one per relation and argument set (a nested list asked with other arguments in
/// another part of the query gets its own loader). Lives as long as the request.
/// </summary>
public sealed class DataLoaders
{
    private readonly Dictionary<string, object> _loaders = [];

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
            _loaders[name] = loader = new BatchLoader<TKey, TValue>(fetch, missing);
        return (BatchLoader<TKey, TValue>)loader;
    }

    /// <summary>Forgets everything loaded so far (after a write, what was loaded may be stale).</summary>
    public void Clear() => _loaders.Clear();
}
