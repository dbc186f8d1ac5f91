using System.Globalization;

namespace Hub.Access;

/// <summary>
/// Which item, in the domain's own terms: its kind's key and its id, written "material:42". It is what the write
/// model and the audit chain record, so renaming a GraphQL type (or the schema itself) never changes what was
/// recorded; the GraphQL layer maps it to and from global ids (<c>GraphQL/GlobalId.cs</c>).
/// </summary>
public readonly record struct ItemRef(string Kind, int Id)
{
    public override string ToString() => $"{Kind}:{Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads "kind:id": a key of lower-case letters and hyphens, and a positive id. Whether the kind exists is the registry's to say.</summary>
    public static bool TryParse(string? text, out ItemRef item)
    {
        item = default;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon <= 0 || !text![..colon].All(ch => ch is (>= 'a' and <= 'z') or '-')
            || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            return false;
        item = new ItemRef(text[..colon], id);
        return true;
    }
}

/// <summary>The keys of the kinds of item the Hub records. Stored in audit entries: never rename one.</summary>
public static class ItemKinds
{
    public const string Material = "material";
    public const string Intervention = "intervention";
    public const string StatisticsDataset = "statistics-dataset";
    public const string Organisation = "organisation";
    public const string VocabularyEntry = "vocabulary-entry";
}
