using Hub.Access;

namespace Hub.Search;

/// <summary>One row of the full-text index that matched a search, with its relevance and a marked snippet.</summary>
public sealed class SearchHit : IEntity
{
    /// <summary>The index row; unique across kinds, so it breaks ties in the relevance order.</summary>
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public int ItemId { get; set; }

    /// <summary>Higher is more relevant (the negated BM25 score, titles weighted most).</summary>
    public double Rank { get; set; }

    /// <summary>The best-matching passage, with matches between <see cref="SearchText.MarkStart"/> and <see cref="SearchText.MarkEnd"/>.</summary>
    public string Snippet { get; set; } = "";
}

public static class SearchKinds
{
    public const string Intervention = "INTERVENTION";
    public const string Material = "MATERIAL";
    public const string Dataset = "DATASET";
}
