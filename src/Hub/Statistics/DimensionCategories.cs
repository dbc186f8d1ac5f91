using Hub.Vocabularies;

namespace Hub.Statistics;

/// <summary>The categories of each statistics dimension: from the vocabulary named after it (COUNTY from COUNTY), PERIOD by pattern.</summary>
public static class DimensionCategories
{
    public static string? SchemeOf(string dimension) =>
        dimension == "COUNTY" ? Schemes.County : Schemes.DimensionCategorySchemes.Contains(dimension) ? dimension : null;

    /// <summary>Whether <paramref name="code"/> is a category (not the total) of the dimension.</summary>
    public static bool IsCategory(VocabularyCache.Snapshot vocabulary, string dimension, string code) =>
        dimension == PeriodCodes.Dimension ? PeriodCodes.IsValid(code)
        : SchemeOf(dimension) is { } scheme && vocabulary.Contains(scheme, code);

    /// <summary>The category's labels; the total is "Totalt"/"Total" and a period is labelled by its code.</summary>
    public static (string Sv, string En) Labels(VocabularyCache.Snapshot vocabulary, string dimension, string code) =>
        code == CellColumns.Total ? ("Totalt", "Total")
        : SchemeOf(dimension) is { } scheme && vocabulary.Find(scheme, code) is { } entry ? (entry.LabelSv, entry.LabelEn)
        : (code, code);

    /// <summary>Categories in the order of their vocabulary (periods in time order), the total last.</summary>
    public static IReadOnlyList<string> Ordered(VocabularyCache.Snapshot vocabulary, string dimension, IEnumerable<string> codes)
    {
        var scheme = SchemeOf(dimension);
        return codes.Distinct(StringComparer.Ordinal)
            .OrderBy(code => code == CellColumns.Total ? 1 : 0)
            .ThenBy(code => scheme is not null && vocabulary.Find(scheme, code) is { } entry ? entry.SortOrder : int.MaxValue)
            .ThenBy(code => code, StringComparer.Ordinal)
            .ToList();
    }
}
