using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Search;

/// <summary>
/// SQLite's FTS5 index over titles and texts of interventions, materials and datasets. Triggers created by the
/// migrations (<c>SearchIndexRowids</c>, which holds the index's SQL) keep it in step with every write, so it never
/// needs rebuilding by the application; a change to what is indexed is a new migration.
/// </summary>
/// <remarks>
/// A row's rowid says what it indexes: the item's id times four plus its kind (1 intervention, 2 material, 3 dataset).
/// Reading a stored column of an FTS5 table costs a look-up in its content table for every hit (about 90 ms for the
/// 16 000 hits of a common word in 100 000 materials); the rowid comes with the match, and lets the triggers replace
/// a row by key instead of scanning the index.
/// </remarks>
public sealed class SqliteSearchIndex : ISearchIndex
{
    /// <summary>Each kind's code in the rowid, as the migration's triggers write it.</summary>
    private static readonly (string Kind, int Code)[] Kinds = [(SearchKinds.Intervention, 1), (SearchKinds.Material, 2), (SearchKinds.Dataset, 3)];

    private static readonly string MatchingSql = $$"""
        SELECT rowid AS "Id", CASE rowid & 3 {{string.Concat(Kinds.Select(k => $"WHEN {k.Code} THEN '{k.Kind}' "))}}END AS "Kind",
               rowid >> 2 AS "ItemId",
               -bm25(SearchIndex, 10.0, 3.0, 1.0) AS "Rank",
               snippet(SearchIndex, -1, char(2), char(3), '…', 16) AS "Snippet"
        FROM SearchIndex WHERE SearchIndex MATCH {0}
        """;

    /// <summary>Index rows matching the query, as a composable SQL source (empty when the query has no words).</summary>
    public IQueryable<SearchHit> Matching(HubDbContext db, string? text, string argument = "query") =>
        db.Database.SqlQueryRaw<SearchHit>(MatchingSql, SearchText.ToFtsQuery(text, argument) ?? "\"\"");
}
