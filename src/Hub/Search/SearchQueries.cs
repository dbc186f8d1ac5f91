using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.Paging;

namespace Hub.Search;

public static class SearchQueries
{
    private static readonly Ordering<SearchHit> ByRelevance = new Ordering<SearchHit, double>("RELEVANCE", h => h.Rank, descending: true);

    public static void AddSearchQueries(this ObjectGraphType query) =>
        query.Connection<object?, SearchHitConnectionType>("search",
                "Full-text search across interventions, materials and datasets you may see, best match first. Every word must occur; word starts match, so \"bemötande\" also finds \"bemötandet\".")
            .Argument<NonNullGraphType<StringGraphType>>("query", "The words to look for.")
            .Argument<ListGraphType<NonNullGraphType<SearchKindGraphType>>>("kinds", "Only these kinds of item (default: all).")
            .ResolveAsync(async c =>
            {
                var request = c.Paging();
                var text = c.GetArgument<string>("query");
                if (SearchText.ToFtsQuery(text) is null) return ByRelevance.ToPage([], request, _ => Task.FromResult(0));
                var kinds = c.GetArgument<List<string>?>("kinds");
                var hub = c.Hub();
                var hits = hub.Db.Provider.Search.Matching(hub.Db, text);
                if (kinds is { Count: > 0 }) hits = hits.Where(h => kinds.Contains(h.Kind));
                hits = hits.VisibleTo(hub.Db, hub.Caller);
                return await ByRelevance.PageAsync(hits, request, c.CancellationToken);
            });
}
