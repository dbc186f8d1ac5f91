using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.PersistedDocuments;

namespace Hub.GraphQL.Limits;

/// <summary>
/// The registry of trusted (persisted) documents: every *.graphql file in the configured folder, known by
/// "sha256:&lt;hex of its UTF-8 text&gt;". Clients send that id as documentId instead of the text.
/// </summary>
public sealed class TrustedDocuments : IPersistedDocumentLoader
{
    private readonly FrozenDictionary<string, string> _byHash;

    public TrustedDocuments(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["Hub:GraphQL:TrustedDocumentsFolder"] ?? Path.Combine(environment.ContentRootPath, "TrustedDocuments");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.graphql", SearchOption.AllDirectories) : [];
        _byHash = files.Select(File.ReadAllText).Distinct().ToFrozenDictionary(Hash, text => text);
    }

    public IReadOnlyCollection<string> Ids => _byHash.Keys.Select(h => $"sha256:{h}").ToList();

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(documentIdPrefix == "sha256" && _byHash.TryGetValue(documentIdPayload, out var text) ? text : null);
}
