using System.Buffers.Text;
using System.Text;
using Hub.Access;

namespace Hub.GraphQL;

/// <summary>
/// Opaque global ids ("Intervention:42" in base64url): stable across restarts and versions, distinct across
/// types. Anything that does not decode to a known type and a positive id is simply no id.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    // The one place that knows which GraphQL type shows which kind of item.
    private static readonly Dictionary<string, string> TypeNameOfKind = new()
    {
        [ItemKinds.Material] = Materials.MaterialType.TypeName,
        [ItemKinds.Intervention] = Interventions.InterventionType.TypeName,
        [ItemKinds.StatisticsDataset] = Statistics.StatisticsDatasetType.TypeName,
        [ItemKinds.Organisation] = Organisations.OrganisationType.TypeName,
        [ItemKinds.VocabularyEntry] = Vocabularies.VocabularyEntryType.TypeName,
    };

    private static readonly Dictionary<string, string> KindOfTypeName = TypeNameOfKind.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The global id of an item the domain names.</summary>
    public static string Of(ItemRef item) => Encode(TypeNameOf(item.Kind), item.Id);

    /// <summary>The GraphQL type that shows a kind of item.</summary>
    public static string TypeNameOf(string kind) => TypeNameOfKind[kind];

    /// <summary>The item a global id names; false when it names none (malformed, or a type that is not an item).</summary>
    public static bool TryDecode(string? globalId, out ItemRef item)
    {
        item = default;
        if (!TryDecode(globalId, out var typeName, out var id) || !KindOfTypeName.TryGetValue(typeName, out var kind)) return false;
        item = new ItemRef(kind, id);
        return true;
    }

    public static bool TryDecode(string? globalId, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200) return false;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
            var colon = text.IndexOf(':');
            if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, null, out id) || id <= 0)
                return false;
            typeName = text[..colon];
            return Encode(typeName, id) == globalId;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
