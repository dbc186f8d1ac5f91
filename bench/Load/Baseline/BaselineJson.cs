using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Data.Paging;
using Hub.Vocabularies;

namespace Hub.Bench.Baseline;

// The shapes the baseline writes: exactly the JSON the Hub answers the benchmark's GraphQL operations with.

public sealed record GraphQLData<T>(T Data);

public sealed record Connection<T>(IReadOnlyList<T> Nodes, PageInfoJson PageInfo);

public sealed record NodesOnly<T>(IReadOnlyList<T> Nodes);

public sealed record PageInfoJson(bool HasNextPage, string? EndCursor);

public sealed record EntryJson(string Code, string LabelSv);

public sealed record OwnerJson(string Id, string Code, string Name);

public sealed record PartnerJson(string Code, string Name);

public sealed record TypenameData([property: JsonPropertyName("__typename")] string TypeName);

public static class BaselineJson
{
    /// <summary>System.Text.Json with the same settings the Hub gives GraphQL.NET's serializer.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Vocabulary entries for stored codes, ordered as the Hub orders them (sort order, then code).</summary>
    public static List<EntryJson> Entries(VocabularyCache.Snapshot vocabulary, string scheme, IEnumerable<string> codes) =>
        codes.Select(code => vocabulary.Find(scheme, code) ?? new VocabularyEntry { Scheme = scheme, Code = code, LabelSv = code, LabelEn = code })
            .OrderBy(e => e.SortOrder).ThenBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => new EntryJson(e.Code, e.LabelSv)).ToList();

    public static EntryJson Entry(VocabularyCache.Snapshot vocabulary, string scheme, string code) => Entries(vocabulary, scheme, [code])[0];

    /// <summary>A page of vocabulary entries as `{ nodes { code labelSv } }`; empty for a parent without any.</summary>
    public static NodesOnly<EntryJson> Nodes(IReadOnlyDictionary<int, Page<VocabularyEntry>> pages, int parentId) =>
        new(pages.TryGetValue(parentId, out var page) ? [.. page.Edges.Select(e => new EntryJson(e.Node.Code, e.Node.LabelSv))] : []);

    /// <summary>The page size of a connection asked for without `first` or `last`.</summary>
    public static readonly PageRequest DefaultPage = new(null, null, null, null);

    /// <summary>GraphQL.NET's default enum value names: CONSTANT_CASE of the C# member.</summary>
    public static string ConstantCase(Enum value) =>
        string.Concat(value.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? $"_{ch}" : char.ToUpperInvariant(ch).ToString()));
}
