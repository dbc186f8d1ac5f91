using GraphQL;
using GraphQL.Transport;

namespace Hub.GraphQL.Transport;

/// <summary>
/// The one writer of error responses that leave before (or instead of) execution: the transport's request errors,
/// refused tokens and rate limits. Each is a GraphQL response with one error, serialized by the same serializer and
/// error mapper as every executed response, so a client reads them all alike.
/// </summary>
public sealed class ErrorResponses(IGraphQLTextSerializer serializer)
{
    public async Task WriteAsync(HttpContext http, int status, string code, string message,
        IReadOnlyDictionary<string, object?>? details = null, string mediaType = MediaTypes.GraphQLResponse)
    {
        var error = new ExecutionError(message) { Code = code };
        if (details is not null) error.Extensions = new Dictionary<string, object?>(details);
        await WriteAsync(http, status, new ExecutionResult { Errors = [error], Executed = false }, mediaType);
    }

    /// <summary>Writes a result that was not executed (its errors say why).</summary>
    public async Task WriteAsync(HttpContext http, int status, ExecutionResult result, string mediaType = MediaTypes.GraphQLResponse)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
