namespace Hub.GraphQL.Limits;

/// <summary>Limits that keep one request from costing the Hub too much (section "Hub:Limits").</summary>
public sealed class QueryLimitOptions
{
    public const string Section = "Hub:Limits";

    /// <summary>Longest query text, in characters; longer documents are refused before they are parsed.</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Most selections, arguments, directives and variable definitions a document may hold as written.</summary>
    public int MaxNodes { get; set; } = 1_000;

    /// <summary>Deepest field nesting allowed outside introspection; also the longest chain of nested fragment spreads.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Most field selections (fragments expanded, <c>__typename</c> included) of any operation or fragment.</summary>
    public int MaxFields { get; set; } = 400;

    /// <summary>Most aliases any operation or fragment may use (fragments expanded).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most items a query may ask for: each connection's page size times the items above it, summed over connections.</summary>
    public int MaxCost { get; set; } = 25_000;

    /// <summary>Largest request body from a caller who may publish (publisher or admin), in bytes; larger bodies get 413.</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Largest request body from a caller who may only read (anonymous, or a token without publisher or admin role).
    /// Reading a body costs CPU in proportion to its size before any limit can look at it, and reading never needs
    /// much, so theirs stays small.
    /// </summary>
    public long ReaderMaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The body limit for a caller who may, or may not, publish.</summary>
    public long BodyLimitFor(bool mayPublish) => mayPublish ? MaxBodyBytes : Math.Min(ReaderMaxBodyBytes, MaxBodyBytes);

    /// <summary>Longest time one operation may execute.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
