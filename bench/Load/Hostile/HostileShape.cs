using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Hub.Bench.Hostile;

/// <summary>
/// One request body sent to the Hub as is, and the answer it must get: a refusal with its status and error code, or
/// (where <see cref="Code"/> is null) an answer without errors.
/// </summary>
public sealed class HostileShape(string name, string source, string body, bool withToken, int status, string? code)
{
    private readonly byte[] _body = System.Text.Encoding.UTF8.GetBytes(body);

    public string Name { get; } = name;

    /// <summary>Where the shape comes from: HostileDocumentTests, the worst cases of issue 12, or a normal query for scale.</summary>
    public string Source { get; } = source;
    public bool WithToken { get; } = withToken;
    public int Status { get; } = status;
    public string? Code { get; } = code;
    public int BodyBytes => _body.Length;

    /// <summary>Posted as the tests post it: JSON, asking for application/graphql-response+json (so refusals get 4xx).</summary>
    public HttpRequestMessage Request(string token)
    {
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        message.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (WithToken) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return message;
    }

    /// <summary>The expected status, and either the expected code among the errors with no data, or no errors at all.</summary>
    public bool Accepts(HttpStatusCode status, byte[] body)
    {
        if ((int)status != Status) return false;
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var errors = root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : [];
            if (Code is null) return errors.Count == 0 && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object;
            var hasData = root.TryGetProperty("data", out var refused) && refused.ValueKind != JsonValueKind.Null;
            return !hasData && errors.Any(error => error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) && c.GetString() == Code);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public string Expected => Code is null ? $"{Status}, answered" : $"{Status} {Code}";
}
