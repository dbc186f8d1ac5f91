using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hub.Data.Paging;
using Hub.Errors;
using Microsoft.Extensions.Options;

namespace Hub.GraphQL.Limits;

/// <summary>
/// Measures a document before anything else looks at it — before validation, whose rules can be quadratic in the
/// number of fields — and refuses it when it is too deep, too wide, too aliased or too costly. Cost is the number
/// of items the query may return: each connection's page size (first/last, variables included) multiplies
/// everything below it, and the cost is the sum over connections (as GitHub counts nodes). Introspection is free. A fragment already on the path is not entered again, so fragment
/// cycles cannot loop here (the specification's rule reports them).
/// </summary>
public sealed class QueryLimits(IOptions<QueryLimitOptions> options) : IConfigureExecution
{
    public const string CostKey = "hub.cost";

    public float SortOrder => 300; // after trusted documents and the document cache

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var document = execution.Document;
        if (document is null && execution.Query is { } query)
        {
            try
            {
                document = execution.Document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
            }
            catch (GraphQLParserException)
            {
                return await next(execution); // the executer reports the syntax error in its own words
            }
        }
        var operation = document is null ? null : Operation(document, execution.OperationName);
        if (operation is null) return await next(execution);

        var limits = options.Value;
        var fragments = document!.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var measure = new Measure(fragments, execution.Variables);
        measure.Walk(operation.SelectionSet, depth: 0, multiplier: 1, path: []);
        execution.UserContext[CostKey] = measure.Cost;

        List<ExecutionError> errors = [];
        Check(errors, "MAX_DEPTH_EXCEEDED", "depth", limits.MaxDepth, measure.MaxDepth);
        Check(errors, "MAX_FIELDS_EXCEEDED", "number of fields", limits.MaxFields, measure.Fields);
        Check(errors, "MAX_ALIASES_EXCEEDED", "number of aliases", limits.MaxAliases, measure.Aliases);
        Check(errors, "MAX_COST_EXCEEDED", "cost", limits.MaxCost, measure.Cost);
        return errors.Count == 0 ? await next(execution) : new ExecutionResult { Errors = [.. errors], Executed = false };
    }

    private static GraphQLOperationDefinition? Operation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return name is null ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    private static void Check(List<ExecutionError> errors, string code, string what, long limit, long actual)
    {
        if (actual <= limit) return;
        errors.Add(new ExecutionError($"The query's {what} is {actual}; the Hub allows at most {limit}. Ask for less, or page with `first`/`after`.")
        {
            Code = code,
            Extensions = new Dictionary<string, object?> { ["limit"] = limit, ["actual"] = actual },
        });
    }

    private sealed class Measure(Dictionary<string, GraphQLFragmentDefinition> fragments, global::GraphQL.Inputs? variables)
    {
        public int MaxDepth;
        public long Fields;
        public long Aliases;
        public long Cost;

        public void Walk(GraphQLSelectionSet? set, int depth, long multiplier, HashSet<string> path)
        {
            if (set is null) return;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var name = field.Name.StringValue;
                        if (name.StartsWith("__")) continue; // introspection stays allowed and free
                        Fields++;
                        if (field.Alias is not null) Aliases++;
                        MaxDepth = Math.Max(MaxDepth, depth + 1);
                        var pageSize = PageSize(field);
                        var items = multiplier * (pageSize ?? 1);
                        if (pageSize is not null) Cost = SaturatingAdd(Cost, items);
                        Walk(field.SelectionSet, depth + 1, Math.Min(items, int.MaxValue), path);
                        break;
                    case GraphQLInlineFragment inline:
                        Walk(inline.SelectionSet, depth, multiplier, path);
                        break;
                    case GraphQLFragmentSpread spread:
                        var fragmentName = spread.FragmentName.Name.StringValue;
                        if (!fragments.TryGetValue(fragmentName, out var fragment) || !path.Add(fragmentName)) continue;
                        Walk(fragment.SelectionSet, depth, multiplier, path);
                        path.Remove(fragmentName);
                        break;
                }
            }
        }

        // A connection's page size: its first or last (literal or variable), or the default when neither is given.
        private long? PageSize(GraphQLField field)
        {
            long? size = null;
            var isConnection = false;
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                var argumentName = argument.Name.StringValue;
                if (argumentName is not ("first" or "last")) continue;
                isConnection = true;
                size = argument.Value switch
                {
                    GraphQLIntValue literal when long.TryParse(literal.Value.Span, out var value) => value,
                    GraphQLVariable variable when variables is not null && variables.TryGetValue(variable.Name.StringValue, out var v)
                        && v is int or long => Convert.ToInt64(v),
                    _ => size,
                };
            }
            if (!isConnection && field.SelectionSet?.Selections.OfType<GraphQLField>()
                    .Any(f => f.Name.StringValue is "edges" or "nodes" or "totalCount" or "pageInfo") == true)
                isConnection = true;
            return isConnection ? Math.Max(0, size ?? PageRequest.DefaultSize) : null;
        }

        private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}
