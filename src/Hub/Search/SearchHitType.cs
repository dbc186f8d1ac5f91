using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.Kinds;

namespace Hub.Search;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "One search result: the item found, how well it matched and the passage that matched.";
        Field<NonNullGraphType<SearchKindGraphType>>("kind").Description("What kind of item was found.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<SearchResultItemType>>("item").Description("The intervention, material or dataset found.")
            .Resolve(c => Item(c.Hub(), c.Source));
        Field(h => h.Rank).Description("Relevance: higher is better (BM25, with matches in titles weighing most). Comparable within one search only.");
        Field<NonNullGraphType<SnippetType>>("snippet").Description("The best-matching passage, with the matching words marked.")
            .Resolve(c => SearchText.Unmark(c.Source.Snippet));
    }

    private static IDataLoaderResult<object?> Item(HubRequestContext hub, SearchHit hit) =>
        hub.Kinds.Searchable.First(k => k.Search!.Name == hit.Kind).Load(hub, hit.ItemId);
}

public sealed class SearchHitConnectionType() : ConnectionGraphType<SearchHitType, SearchHit>("SearchHit", "search hits");

public sealed class SearchResultItemType : UnionGraphType
{
    public SearchResultItemType(KindRegistry kinds)
    {
        Name = "SearchResultItem";
        Description = "Anything search can find.";
        foreach (var kind in kinds.Searchable) Type(kind.GraphType);
    }
}

public sealed class SearchKindGraphType : EnumerationGraphType
{
    public SearchKindGraphType(KindRegistry kinds)
    {
        Name = "SearchKind";
        Description = "The kinds of item search covers.";
        foreach (var kind in kinds.Searchable) Add(kind.Search!.Name, kind.Search.Name, kind.Search.Description);
    }
}

public sealed class SnippetType : ObjectGraphType<(string Text, IReadOnlyList<(int Start, int Length)> Highlights)>
{
    public SnippetType()
    {
        Name = "Snippet";
        Description = "A passage of text with the ranges that matched the search, so clients can highlight them safely.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The passage as plain text; '…' marks cut text.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextRangeType>>>>("highlights")
            .Description("Where the matches are in `text`.").Resolve(c => c.Source.Highlights);
    }
}

public sealed class TextRangeType : ObjectGraphType<(int Start, int Length)>
{
    public TextRangeType()
    {
        Name = "TextRange";
        Description = "A range of characters (UTF-16 code units, as in JavaScript strings).";
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the first character.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of characters.").Resolve(c => c.Source.Length);
    }
}
