using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hub.Errors;
using Microsoft.Extensions.Options;

namespace Hub.GraphQL.Limits;

/// <summary>
/// Refuses a document that would cost too much, before anything else looks at it: first its length, then the
/// parser's nesting, then <see cref="DocumentMeasure"/> (linear in the text) for nodes, fragment nesting, depth,
/// fields, aliases and cost. Only then may validation, whose rules are quadratic in places, see it. Cost is the number
/// of items the query may return: each connection's page size (first/last, variables included) multiplies everything
/// below it, and the cost is the sum over connections (as GitHub counts nodes). Introspection is free of cost but its
/// fields count, and its lists of types may nest only <see cref="MaxIntrospectionNesting"/> deep.
/// </summary>
public sealed class QueryLimits(IOptions<QueryLimitOptions> options) : IConfigureExecution
{
    public const string CostKey = "hub.cost";

    /// <summary>As graphql-js's MaxIntrospectionDepthRule: fields, interfaces, possibleTypes, inputFields nest at most 3 deep.</summary>
    public const int MaxIntrospectionNesting = 3;

    // Far beyond any real use, and small enough that validation's pairwise comparisons (and the one error with its
    // location per surplus item) stay cheap.
    public const int MaxDirectivesAtOneLocation = 10;
    public const int MaxArgumentsAtOneLocation = 20;
    public const int MaxVariablesOfOneOperation = 100;

    /// <summary>The parser's own nesting limit, in syntax levels (selections, fragments, lists and objects).</summary>
    public const int MaxSyntaxNesting = 128;

    // Documents whose shape passed every limit of this Hub (a parsed document never changes).
    private readonly ConditionalWeakTable<GraphQLDocument, GraphQLDocument> WithinLimits = new();

    private static readonly ParserOptions Parsing = new() { Ignore = IgnoreOptions.Comments, MaxDepth = MaxSyntaxNesting };

    public float SortOrder => 300; // after trusted documents and the document cache

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var limits = options.Value;
        if (execution.Document is null && execution.Query is { } query)
        {
            var (document, refusal) = Parse(query, limits);
            if (refusal is not null) return Refused(refusal);
            if (document is null) return await next(execution); // the executer reports the syntax error in its own words
            execution.Document = document;
        }
        if (execution.Document is not { } parsed) return await next(execution);

        var selected = Operation(parsed, execution.OperationName);
        List<ExecutionError> errors = [];
        if (WithinLimits.TryGetValue(parsed, out _))
        {
            // The document cache hands back a document measured before: only its cost depends on this request.
            if (DocumentMeasure.CostOf(parsed, selected, execution.Variables) is { } repeatedCost)
            {
                execution.UserContext[CostKey] = repeatedCost;
                Check(errors, ErrorCodes.MaxCostExceeded, "cost", limits.MaxCost, repeatedCost);
            }
            return errors.Count == 0 ? await next(execution) : new ExecutionResult { Errors = [.. errors], Executed = false };
        }
        var measure = DocumentMeasure.Of(parsed, selected, execution.Variables, limits.MaxDepth);
        if (measure.Cost is { } cost) execution.UserContext[CostKey] = cost;

        Check(errors, ErrorCodes.MaxNodesExceeded, "number of selections, arguments, directives and literal values", limits.MaxNodes, measure.Nodes);
        Check(errors, ErrorCodes.MaxNodesExceeded, "number of directives on one field", MaxDirectivesAtOneLocation, measure.DirectivesAtOneLocation);
        Check(errors, ErrorCodes.MaxNodesExceeded, "number of arguments of one field", MaxArgumentsAtOneLocation, measure.ArgumentsAtOneLocation);
        Check(errors, ErrorCodes.MaxNodesExceeded, "number of variables of one operation", MaxVariablesOfOneOperation, measure.VariablesOfOneOperation);
        Check(errors, ErrorCodes.MaxDepthExceeded, "nesting of fragment spreads", limits.MaxDepth, measure.SpreadNesting);
        if (measure.Largest is { } largest)
        {
            Check(errors, ErrorCodes.MaxDepthExceeded, "depth", limits.MaxDepth, largest.Depth);
            Check(errors, ErrorCodes.MaxDepthExceeded, "nesting of introspection lists", MaxIntrospectionNesting, largest.IntrospectionNesting);
            Check(errors, ErrorCodes.MaxFieldsExceeded, "number of fields", limits.MaxFields, largest.Fields);
            Check(errors, ErrorCodes.MaxAliasesExceeded, "number of aliases", limits.MaxAliases, largest.Aliases);
        }
        if (errors.Count == 0) WithinLimits.AddOrUpdate(parsed, parsed);
        Check(errors, ErrorCodes.MaxCostExceeded, "cost", limits.MaxCost, measure.Cost ?? 0);
        return errors.Count == 0 ? await next(execution) : new ExecutionResult { Errors = [.. errors], Executed = false };
    }

    /// <summary>
    /// The parsed document; or a refusal for a text too long or nested too deep to parse safely; or neither for a
    /// syntax error, which the caller leaves to the executer to report.
    /// </summary>
    public static (GraphQLDocument? Document, ExecutionError? Refusal) Parse(string query, QueryLimitOptions limits)
    {
        if (query.Length > limits.MaxDocumentLength)
            return (null, Error(ErrorCodes.MaxDocumentLengthExceeded, "document's length in characters", limits.MaxDocumentLength, query.Length));
        try
        {
            return (Parser.Parse(query, Parsing), null);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, new ExecutionError($"The document nests deeper than {MaxSyntaxNesting} levels of syntax (selections, fragments, lists and objects); the Hub does not parse it.")
            {
                Code = ErrorCodes.MaxDepthExceeded,
                Extensions = new Dictionary<string, object?> { ["limit"] = MaxSyntaxNesting },
            });
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }
    }

    private static ExecutionResult Refused(ExecutionError error) => new() { Errors = [error], Executed = false };

    private static GraphQLOperationDefinition? Operation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return name is null ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    private static void Check(List<ExecutionError> errors, string code, string what, long limit, long actual)
    {
        if (actual > limit) errors.Add(Error(code, what, limit, actual));
    }

    private static ExecutionError Error(string code, string what, long limit, long actual) =>
        new($"The query's {what} is {actual}; the Hub allows at most {limit}. Ask for less, or page with `first`/`after`.")
        {
            Code = code,
            Extensions = new Dictionary<string, object?> { ["limit"] = limit, ["actual"] = actual },
        };
}
