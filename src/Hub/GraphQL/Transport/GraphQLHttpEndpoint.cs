using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Hub.Access;
using Hub.Data;
using Hub.Errors;
using Hub.GraphQL.Caching;
using Hub.GraphQL.Limits;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Hub.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP (graphql/graphql-over-http): POST with JSON, GET for queries, content negotiation between
/// application/graphql-response+json and application/json, status codes for request errors, and the IDE for
/// browsers. The only place that knows about HTTP.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<HubSchema> executer,
    IGraphQLTextSerializer serializer,
    CallerResolver callers,
    Vocabularies.VocabularyCache vocabulary,
    Kinds.KindRegistry kinds,
    IOptions<QueryLimitOptions> limits,
    IWebHostEnvironment environment,
    ResultCache results,
    ErrorResponses errors,
    ILogger<GraphQLHttpEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var accept = request.Headers.Accept;
        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && MediaTypes.PrefersHtml(accept))
        {
            await ServeIdeAsync(http);
            return;
        }
        var responseType = MediaTypes.NegotiateResponse(accept);
        if (responseType is null)
        {
            await WriteRequestErrorAsync(http, MediaTypes.GraphQLResponse, StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"The response can be {MediaTypes.GraphQLResponse} or {MediaTypes.Json}; the Accept header allows neither.");
            return;
        }

        GraphQLRequest? graphQLRequest;
        if (HttpMethods.IsPost(request.Method))
        {
            if (request.ContentLength > BodyLimit(http))
            {
                await WriteTooLargeAsync(http, responseType, request.ContentLength.Value);
                return;
            }
            if (!MediaTypes.IsJsonRequest(request.ContentType))
            {
                await WriteRequestErrorAsync(http, responseType, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                    $"Send the request body as {MediaTypes.Json} (UTF-8); got '{request.ContentType ?? "no Content-Type"}'.");
                return;
            }
            graphQLRequest = await ReadBodyAsync(http, responseType);
        }
        else if (HttpMethods.IsGet(request.Method))
        {
            graphQLRequest = await ReadQueryStringAsync(http, responseType);
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(http, responseType, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"Use GET (queries) or POST; {request.Method} is not supported.");
            return;
        }
        if (graphQLRequest is null) return;
        if (string.IsNullOrWhiteSpace(graphQLRequest.Query) && string.IsNullOrWhiteSpace(graphQLRequest.DocumentId))
        {
            await WriteRequestErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                "The request has neither `query` nor `documentId`.");
            return;
        }

        // Only GET needs the operation type before execution; POST leaves parsing (and its cache) to the executer.
        GraphQLDocument? document = null;
        if (HttpMethods.IsGet(request.Method) && graphQLRequest.Query is { } text)
        {
            (document, var refusal) = QueryLimits.Parse(text, limits.Value);
            if (refusal is not null)
            {
                var status = responseType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
                await errors.WriteAsync(http, status, new ExecutionResult { Errors = [refusal], Executed = false }, responseType);
                return;
            }
        }
        if (document is not null && IsMutation(document, graphQLRequest.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, responseType, StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "Mutations must be sent with POST.");
            return;
        }
        await ExecuteAsync(http, graphQLRequest, document, responseType);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest graphQLRequest, GraphQLDocument? document, string responseType)
    {
        var statements = SqlStatementCounter.Begin();
        var caller = await callers.ResolveAsync(http);
        // The key reads the data's version before the query runs, so a response is never kept under a newer one.
        var cacheKey = results.KeyOf(caller, graphQLRequest, responseType, serializer);
        if (cacheKey is not null && results.Find(cacheKey) is { } kept)
        {
            http.Response.Headers["X-Hub-Cache"] = "hit";
            await WriteKeptAsync(http, responseType, kept);
            return;
        }
        using var deadline = new ExecutionDeadline(limits.Value.ExecutionTimeout, http.RequestAborted);
        var options = new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            DocumentId = graphQLRequest.DocumentId,
            Document = document,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = new HubRequestContext
            {
                Caller = caller,
                Db = http.RequestServices.GetRequiredService<HubDbContext>(),
                Vocabulary = await vocabulary.GetAsync(http.RequestAborted),
                Kinds = kinds,
                Deadline = deadline,
            },
            CancellationToken = deadline.Token,
        };
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options);
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            var error = deadline.Error();
            logger.LogWarning("Operation {OperationName} stopped at the execution timeout after {Elapsed} ms (request {TraceId})",
                graphQLRequest.OperationName ?? "(unnamed)", error.Extensions!["actual"], http.TraceIdentifier);
            result = new ExecutionResult { Errors = [error], Executed = true };
        }
        long? cost = null;
        if (options.UserContext.TryGetValue(QueryLimits.CostKey, out var requested) && requested is long value)
        {
            // Client developers see what their queries cost, in a header and in the response itself.
            cost = value;
            http.Response.Headers["X-Hub-Cost"] = value.ToString();
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["cost"] = new Dictionary<string, object?> { ["requested"] = value, ["limit"] = limits.Value.MaxCost };
        }
        if (environment.IsDevelopment())
            http.Response.Headers["X-Hub-Sql-Statements"] = statements.Value.ToString();
        if (cacheKey is not null && ResultCache.IsKeepable(result))
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, http.RequestAborted);
            var response = new ResultCache.Response(buffer.ToArray(), cost);
            results.Keep(cacheKey, response);
            http.Response.Headers["X-Hub-Cache"] = "miss";
            await WriteKeptAsync(http, responseType, response);
            return;
        }
        // A request error (nothing executed) is a client error under graphql-response+json; application/json keeps 200.
        var status = !result.Executed && responseType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, responseType, status, result);
    }

    private static async Task WriteKeptAsync(HttpContext http, string responseType, ResultCache.Response response)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = $"{responseType}; charset=utf-8";
        if (response.Cost is { } cost) http.Response.Headers["X-Hub-Cost"] = cost.ToString();
        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
    }

    private async Task<GraphQLRequest?> ReadBodyAsync(HttpContext http, string responseType)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = BodyLimit(http);
        try
        {
            if (await JsonBody.ReadAsync(http.Request.Body, http.Request.ContentLength, BodyLimit(http), http.RequestAborted) is not { } bytes)
            {
                await WriteTooLargeAsync(http, responseType, null);
                return null;
            }
            var findings = JsonBody.Scan(bytes);
            if (findings.OversizedNumberAt is { } offset)
            {
                await WriteRequestErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
                    $"The body holds a number of more than {JsonBody.MaxNumberLength} characters at byte {offset}; no value the Hub takes is that long.");
                return null;
            }
            if (findings.OversizedListAt is { } listOffset)
            {
                await WriteRequestErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.TooManyValues,
                    $"The body holds a list of more than {JsonBody.MaxListItems} items at byte {listOffset}; no field of the Hub takes that many.",
                    new Dictionary<string, object?> { ["limit"] = JsonBody.MaxListItems });
                return null;
            }
            // A character is at most 6 bytes of JSON (\uXXXX), so a query text longer than that is too long whatever it holds,
            // and is refused before it is turned into a string.
            if (findings.QueryBytes > 6L * limits.Value.MaxDocumentLength)
            {
                await WriteRequestErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.MaxDocumentLengthExceeded,
                    $"The query is {findings.QueryBytes} bytes of JSON; the Hub reads documents of at most {limits.Value.MaxDocumentLength} characters.",
                    new Dictionary<string, object?> { ["limit"] = limits.Value.MaxDocumentLength, ["actual"] = findings.QueryBytes });
                return null;
            }
            if (findings.Variables > QueryLimits.MaxVariablesOfOneOperation)
            {
                await WriteRequestErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.MaxNodesExceeded,
                    $"The request sends {findings.Variables} variables; an operation declares at most {QueryLimits.MaxVariablesOfOneOperation}.",
                    new Dictionary<string, object?> { ["limit"] = QueryLimits.MaxVariablesOfOneOperation, ["actual"] = findings.Variables });
                return null;
            }
            using var stream = new MemoryStream(bytes, writable: false);
            var body = await serializer.ReadAsync<GraphQLRequest>(stream, http.RequestAborted);
            if (body is not null) return body;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteTooLargeAsync(http, responseType, null);
            return null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            await WriteRequestErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
                $"The body is not a GraphQL request in JSON: {FirstLine(e.Message)}");
            return null;
        }
        await WriteRequestErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
            "The body is empty; send {\"query\": \"…\"}.");
        return null;
    }

    private async Task<GraphQLRequest?> ReadQueryStringAsync(HttpContext http, string responseType)
    {
        var query = http.Request.Query;
        try
        {
            return new GraphQLRequest
            {
                Query = query["query"].ToString(),
                OperationName = query.TryGetValue("operationName", out var name) && !string.IsNullOrEmpty(name) ? name.ToString() : null,
                Variables = query.TryGetValue("variables", out var variables) && !string.IsNullOrEmpty(variables)
                    ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
                Extensions = query.TryGetValue("extensions", out var extensions) && !string.IsNullOrEmpty(extensions)
                    ? serializer.Deserialize<Inputs>(extensions.ToString()) : null,
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            await WriteRequestErrorAsync(http, responseType, StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
                $"`variables` and `extensions` must be JSON objects: {FirstLine(e.Message)}");
            return null;
        }
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation is not null && operation.Operation != OperationType.Query;
    }

    private Task WriteTooLargeAsync(HttpContext http, string responseType, long? actual)
    {
        var limit = BodyLimit(http);
        return WriteRequestErrorAsync(http, responseType, StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
            $"The request body may hold at most {limit} bytes{(actual is null ? "" : $"; it holds {actual}")}.",
            new Dictionary<string, object?> { ["limit"] = limit, ["actual"] = actual });
    }

    private Task WriteRequestErrorAsync(HttpContext http, string responseType, int status, string code, string message,
        Dictionary<string, object?>? extensions = null) =>
        errors.WriteAsync(http, status, code, message, extensions, responseType);

    private async Task WriteAsync(HttpContext http, string responseType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{responseType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private Task ServeIdeAsync(HttpContext http)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("graphiql/index.html");
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return http.Response.WriteAsync("The GraphQL IDE's files are missing from this build (see src/Hub/ClientApp).");
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.SendFileAsync(page, http.RequestAborted);
    }

    private long BodyLimit(HttpContext http)
    {
        var caller = CallerResolver.From(http.User);
        return limits.Value.BodyLimitFor(caller.HasRole(Roles.Publisher) || caller.HasRole(Roles.Admin));
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
