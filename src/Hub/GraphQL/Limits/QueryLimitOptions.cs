namespace Hub.GraphQL.Limits;

/// <summary>Limits that keep one request from costing the Hub too much (section "Hub:Limits").</summary>
public sealed class QueryLimitOptions
{
    public const string Section = "Hub:Limits";

    /// <summary>Deepest field nesting allowed outside introspection.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Most field selections (after fragments are expanded) one document may hold.</summary>
    public int MaxFields { get; set; } = 400;

    /// <summary>Most aliases one document may use.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most items a query may ask for: each connection's page size times the items above it, summed over connections.</summary>
    public int MaxCost { get; set; } = 25_000;

    /// <summary>Largest request body, in bytes; larger bodies get 413.</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Longest time one operation may execute.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
