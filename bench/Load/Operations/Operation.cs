using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hub.Bench.Operations;

/// <summary>
/// One representative read, as a GraphQL request to the Hub and as the equivalent GET to the baseline. Parameters
/// vary per request (a few dozen variants, precomputed), and request i of worker w gets the same variant on both sides.
/// </summary>
public sealed class Operation
{
    private readonly byte[][] _graphQLBodies;
    private readonly string[] _baselinePaths;

    public Operation(string key, string title, bool isList, string query, IReadOnlyList<object> variables, IReadOnlyList<string>? baselinePaths)
    {
        Key = key;
        Title = title;
        IsList = isList;
        Query = query;
        _graphQLBodies = variables.Select(v => JsonSerializer.SerializeToUtf8Bytes(new { query, variables = v })).ToArray();
        _baselinePaths = baselinePaths?.ToArray() ?? [];
        if (_baselinePaths.Length > 0 && _baselinePaths.Length != _graphQLBodies.Length)
            throw new ArgumentException("Each GraphQL variant needs its baseline twin.", nameof(baselinePaths));
    }

    public string Key { get; }
    public string Title { get; }

    /// <summary>List operations carry the throughput target (at least 0.8 × the baseline).</summary>
    public bool IsList { get; }
    public string Query { get; }
    public bool HasBaseline => _baselinePaths.Length > 0;
    public int Variants => _graphQLBodies.Length;

    /// <summary>An Authorization header value for every GraphQL request, or null for anonymous calls.</summary>
    public string? Bearer { get; init; }

    public static int VariantOf(int worker, long index, int variants) => (int)((worker * 7_919L + index) % variants);

    public HttpRequestMessage GraphQL(int worker, long index) => GraphQLVariant(VariantOf(worker, index, Variants));

    public HttpRequestMessage Baseline(int worker, long index) => BaselineVariant(VariantOf(worker, index, Variants));

    public HttpRequestMessage GraphQLVariant(int variant)
    {
        var content = new ByteArrayContent(_graphQLBodies[variant]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (Bearer is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Bearer);
        return message;
    }

    public HttpRequestMessage BaselineVariant(int variant) => new(HttpMethod.Get, _baselinePaths[variant]);

    public string GraphQLBodyText(int variant) => Encoding.UTF8.GetString(_graphQLBodies[variant]);
}
