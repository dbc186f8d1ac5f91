using Hub.Data.Paging;

namespace Hub.Vocabularies;

/// <summary>The one order of vocabulary entries, wherever they are listed: the vocabulary's sort order, then the id.</summary>
public static class VocabularyOrderings
{
    public static readonly Ordering<VocabularyEntry> BySortOrder = new Ordering<VocabularyEntry, int>("SORT_ORDER", v => v.SortOrder);
}
