using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Search;

/// <summary>
/// SQLite's FTS5 index over titles and texts of interventions, materials and datasets. Triggers created by the
/// migration keep it in step with every write, so it never needs rebuilding by the application.
/// </summary>
/// <remarks>
/// A row's rowid says what it indexes: the item's id times four plus its kind (1 intervention, 2 material, 3 dataset).
/// Reading a stored column of an FTS5 table costs a look-up in its content table for every hit (about 90 ms for the
/// 16 000 hits of a common word in 100 000 materials); the rowid comes with the match, and lets the triggers replace
/// a row by key instead of scanning the index.
/// </remarks>
public static class SearchIndex
{
    /// <summary>What the index holds: for each kind, its code in the rowid, its table and the columns indexed as summary and body.</summary>
    private static readonly IndexedKind[] Kinds =
    [
        new(SearchKinds.Intervention, 1, "Interventions", Summary: "Summary", Body: "Description"),
        new(SearchKinds.Material, 2, "Materials", Summary: "Platform", Body: "Description"),
        new(SearchKinds.Dataset, 3, "StatisticsDatasets", Summary: "Description", Body: "MethodNote"),
    ];

    private sealed record IndexedKind(string Kind, int Code, string Table, string Summary, string Body)
    {
        public string RowId(string row) => $"{row}.Id * 4 + {Code}";
        public string Values(string row) => $"{RowId(row)}, {row}.Title, coalesce({row}.{Summary}, ''), coalesce({row}.{Body}, '')";
        public IEnumerable<string> Triggers => [$"{Table}_search_insert", $"{Table}_search_update", $"{Table}_search_delete"];
    }

    private static readonly string MatchingSql = $$"""
        SELECT rowid AS "Id", CASE rowid & 3 {{string.Concat(Kinds.Select(k => $"WHEN {k.Code} THEN '{k.Kind}' "))}}END AS "Kind",
               rowid >> 2 AS "ItemId",
               -bm25(SearchIndex, 10.0, 3.0, 1.0) AS "Rank",
               snippet(SearchIndex, -1, char(2), char(3), '…', 16) AS "Snippet"
        FROM SearchIndex WHERE SearchIndex MATCH {0}
        """;

    /// <summary>Index rows matching the query, as a composable SQL source (empty when the query has no words).</summary>
    public static IQueryable<SearchHit> Matching(HubDbContext db, string? text, string argument = "query") =>
        db.Database.SqlQueryRaw<SearchHit>(MatchingSql, SearchText.ToFtsQuery(text, argument) ?? "\"\"");

    /// <summary>The index and the triggers that keep it in step with every insert, update and delete.</summary>
    public static readonly string Create =
        "CREATE VIRTUAL TABLE SearchIndex USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 0');\n" +
        string.Concat(Kinds.Select(k => $"""
            CREATE TRIGGER {k.Table}_search_insert AFTER INSERT ON {k.Table} BEGIN
                INSERT INTO SearchIndex(rowid, title, summary, body) VALUES ({k.Values("new")});
            END;
            CREATE TRIGGER {k.Table}_search_update AFTER UPDATE OF Title, {k.Summary}, {k.Body} ON {k.Table} BEGIN
                DELETE FROM SearchIndex WHERE rowid = {k.RowId("old")};
                INSERT INTO SearchIndex(rowid, title, summary, body) VALUES ({k.Values("new")});
            END;
            CREATE TRIGGER {k.Table}_search_delete AFTER DELETE ON {k.Table} BEGIN
                DELETE FROM SearchIndex WHERE rowid = {k.RowId("old")};
            END;

            """));

    /// <summary>Fills the index from the tables, for an index created after the data.</summary>
    public static readonly string Fill = string.Concat(Kinds.Select(k =>
        $"INSERT INTO SearchIndex(rowid, title, summary, body) SELECT {k.Values(k.Table)} FROM {k.Table};\n"));

    public static readonly string Drop =
        string.Concat(Kinds.SelectMany(k => k.Triggers).Select(t => $"DROP TRIGGER IF EXISTS {t};\n")) + "DROP TABLE IF EXISTS SearchIndex;\n";
}
