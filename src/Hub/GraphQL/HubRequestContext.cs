using GraphQL;
using Hub.Access;
using Hub.Data;
using Hub.GraphQL.DataLoading;
using Hub.Vocabularies;

namespace Hub.GraphQL;

/// <summary>What every resolver of one request shares: the caller, the request's one DbContext and its loaders.</summary>
public sealed class HubRequestContext : Dictionary<string, object?>
{
    public required Caller Caller { get; init; }
    public required HubDbContext Db { get; init; }
    public required VocabularyCache.Snapshot Vocabulary { get; init; }
    public required Kinds.KindRegistry Kinds { get; init; }
    public required Limits.ExecutionDeadline Deadline { get; init; }
    public DataLoaders Loaders { get; } = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<object, string> _fieldKeys = new(ReferenceEqualityComparer.Instance);
    private int _lastFieldKey;

    /// <summary>A short key for one field of the document, the same for every parent that reaches it.</summary>
    public string FieldKey(object field) => _fieldKeys.GetOrAdd(field, _ => $"f{Interlocked.Increment(ref _lastFieldKey)}");

    /// <summary>The vocabulary entries for stored codes; a code missing from the vocabulary still shows, labelled by itself.</summary>
    public IReadOnlyList<VocabularyEntry> Entries(string scheme, IEnumerable<string> codes) =>
        codes.Select(code => Vocabulary.Find(scheme, code) ?? new VocabularyEntry { Scheme = scheme, Code = code, LabelSv = code, LabelEn = code })
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Code, StringComparer.Ordinal).ToList();

    public VocabularyEntry? Entry(string scheme, string? code) => code is null ? null : Entries(scheme, [code])[0];
}

public static class ResolveFieldContextExtensions
{
    public static HubRequestContext Hub(this IResolveFieldContext context) => (HubRequestContext)context.UserContext;
}
