using Hub.Data;

namespace Hub.Search;

/// <summary>The database engine's full-text index over interventions, materials and datasets.</summary>
public interface ISearchIndex
{
    /// <summary>Index rows matching the text, best first by <see cref="SearchHit.Rank"/>, as a composable SQL source.</summary>
    /// <param name="argument">The argument the text came in, named in the error when it is too long.</param>
    IQueryable<SearchHit> Matching(HubDbContext db, string? text, string argument = "query");
}
