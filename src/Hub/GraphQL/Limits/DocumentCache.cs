using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Hub.GraphQL.Limits;

/// <summary>
/// Keeps documents that parsed and validated, keyed by their text, so a repeated query skips both. Rules that
/// depend on the caller or the variables (authorization, limits) still run on cached documents.
/// </summary>
public sealed class DocumentCache : IConfigureExecution
{
    private const int Capacity = 2_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new();

    public float SortOrder => 200; // after persisted documents have turned an id into its text

    public int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var query = options.Query;
        var hit = false;
        if (options.Document is null && query is not null && _documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            hit = true;
        }
        var result = await next(options);
        if (!hit && query is not null && result.Executed && result.Document is not null)
        {
            if (_documents.Count >= Capacity) _documents.Clear(); // crude but bounded; a busy Hub refills quickly
            _documents.TryAdd(query, result.Document);
        }
        return result;
    }
}
