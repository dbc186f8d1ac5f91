using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Search;

/// <summary>
/// SQLite's FTS5 index over titles and texts of interventions, materials and datasets. Triggers created by the
/// migrations (<c>SearchIndexKindCodes</c> holds the index's SQL as it is now) keep it in step with every write, so it never
/// needs rebuilding by the application; a change to what is indexed is a new migration.
/// </summary>
/// <remarks>
/// A row's rowid says what it indexes: the item's id times sixteen plus its kind's <see cref="Kinds.SearchFacet.IndexCode"/>
/// (migration <c>SearchIndexKindCodes</c>). Reading a stored column of an FTS5 table costs a look-up in its content table
/// for every hit (about 90 ms for the 16 000 hits of a common word in 100 000 materials); the rowid comes with the match,
/// and lets the triggers replace a row by key instead of scanning the index.
/// </remarks>
public sealed class SqliteSearchIndex : ISearchIndex
{
    /// <summary>The statement for each set of kinds (one per Hub; a test's Hub may have a kind of its own).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Kinds.KindRegistry, string> Statements = new();

    private static string MatchingSql(Kinds.KindRegistry kinds) => Statements.GetValue(kinds, k => $$"""
        SELECT rowid AS "Id", {{SearchRowIds.KindAndItemColumns(k, "rowid")}},
               -bm25(SearchIndex, 10.0, 3.0, 1.0) AS "Rank",
               snippet(SearchIndex, -1, char(2), char(3), '…', 16) AS "Snippet"
        FROM SearchIndex WHERE SearchIndex MATCH {0}
        """);

    /// <summary>Index rows matching the query, as a composable SQL source (empty when the query has no words).</summary>
    public IQueryable<SearchHit> Matching(HubDbContext db, string? text, string argument = "query") =>
        db.Database.SqlQueryRaw<SearchHit>(MatchingSql(db.Kinds), SearchText.ToFtsQuery(text, argument) ?? "\"\"");
}
