namespace Hub.Search;

/// <summary>
/// How every engine's search index keys its rows: the item's id times sixteen plus its kind's
/// <see cref="Kinds.SearchFacet.IndexCode"/>, so a hit names its kind and item without a look-up.
/// </summary>
public static class SearchRowIds
{
    /// <summary>How many low bits of a row id hold the kind's code.</summary>
    public const int KindBits = 4;

    /// <summary>The SQL columns "Kind" and "ItemId" read from a row id expression, for the registry's searchable kinds.</summary>
    public static string KindAndItemColumns(Kinds.KindRegistry kinds, string rowId) =>
        $"CASE {rowId} & {(1 << KindBits) - 1} {string.Concat(kinds.Searchable.Select(k => $"WHEN {k.Search!.IndexCode} THEN '{k.Search.Name}' "))}END AS \"Kind\", " +
        $"{rowId} >> {KindBits} AS \"ItemId\"";
}
