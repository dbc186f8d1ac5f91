using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Hub.Access;
using Hub.Data;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Hub.GraphQL.Caching;

/// <summary>Caching of whole responses (section "Hub:ResultCache").</summary>
public sealed class ResultCacheOptions
{
    public const string Section = "Hub:ResultCache";

    /// <summary>Keep responses to anonymous queries until the database changes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most memory the kept responses may take, in MiB; the least recently used go first.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;
}

/// <summary>
/// Responses to anonymous queries, kept until the database changes. Every anonymous caller sees the same public
/// inventory, so a response depends only on the request (document or document id, operation name, variables,
/// extensions, response media type) and on the data; the key holds all of them, the data as
/// <see cref="IDatabaseVersion"/>, read before the query runs. A commit anywhere, by this process or another,
/// changes the version, so a kept response is never served after the data it shows has changed. Authenticated
/// callers, mutations and responses with errors are never kept.
/// </summary>
public sealed class ResultCache(IOptions<ResultCacheOptions> options, IDatabaseVersion version) : IDisposable
{
    private readonly MemoryCache _responses = new(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimitMegabytes * 1024L * 1024 });

    /// <summary>A kept response: its JSON and the cost it reported.</summary>
    public sealed record Response(byte[] Body, long? Cost);

    /// <summary>The key of a request whose response may be kept, or null when it may not.</summary>
    public string? KeyOf(Caller caller, GraphQLRequest request, string responseType, IGraphQLTextSerializer serializer)
    {
        if (!options.Value.Enabled || caller.IsAuthenticated || caller.Subject is not null) return null;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[]
        {
            version.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), responseType, request.Query, request.DocumentId,
            request.OperationName, request.Variables is null ? null : serializer.Serialize(request.Variables),
            request.Extensions is null ? null : serializer.Serialize(request.Extensions),
        })
        {
            // Length-prefixed, so that no two different requests run together into the same bytes.
            var bytes = part is null ? [] : Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(part is null ? -1 : bytes.Length));
            hash.AppendData(bytes);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public Response? Find(string key) => _responses.TryGetValue(key, out Response? response) ? response : null;

    public void Keep(string key, Response response) =>
        _responses.Set(key, response, new MemoryCacheEntryOptions
        {
            Size = response.Body.Length + 256,
            // Responses to an older version are never asked for again; they leave when memory is needed or after this.
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });

    /// <summary>Whether a response may be kept: a query that ran without errors.</summary>
    public static bool IsKeepable(ExecutionResult result) =>
        result.Executed && result.Errors is not { Count: > 0 } && result.Operation?.Operation == GraphQLParser.AST.OperationType.Query;

    public void Dispose() => _responses.Dispose();
}
