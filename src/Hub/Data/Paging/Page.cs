namespace Hub.Data.Paging;

/// <summary>One page of a list, with the cursor of each row and a count that runs only when asked for.</summary>
public sealed class Page<T>(IReadOnlyList<Edge<T>> edges, bool hasNextPage, bool hasPreviousPage, Func<CancellationToken, Task<int>> count)
    : IPageInfo
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public bool HasNextPage { get; } = hasNextPage;
    public bool HasPreviousPage { get; } = hasPreviousPage;
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;
    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
    public Func<CancellationToken, Task<int>> CountAsync { get; } = count;

    /// <summary>The same page with each row turned into what the API shows (a stored cell into a cell with its dimensions).</summary>
    public Page<TOut> Map<TOut>(Func<T, TOut> map) =>
        new([.. Edges.Select(e => new Edge<TOut>(e.Cursor, map(e.Node)))], HasNextPage, HasPreviousPage, CountAsync);

    public static readonly Page<T> Empty = new([], false, false, _ => Task.FromResult(0));
}

public sealed record Edge<T>(string Cursor, T Node);

/// <summary>The position of a page in its list, whatever the type of its rows.</summary>
public interface IPageInfo
{
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    string? StartCursor { get; }
    string? EndCursor { get; }
}
