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
    /// <summary>Index rows matching the query, as a composable SQL source (empty when the query has no words).</summary>
    public static IQueryable<SearchHit> Matching(HubDbContext db, string? text)
    {
        var query = SearchText.ToFtsQuery(text) ?? "\"\"";
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS "Id", CASE rowid & 3 WHEN 1 THEN 'INTERVENTION' WHEN 2 THEN 'MATERIAL' ELSE 'DATASET' END AS "Kind",
                   rowid >> 2 AS "ItemId",
                   -bm25(SearchIndex, 10.0, 3.0, 1.0) AS "Rank",
                   snippet(SearchIndex, -1, char(2), char(3), '…', 16) AS "Snippet"
            FROM SearchIndex WHERE SearchIndex MATCH {query}
            """);
    }

    public const string Create = """
        CREATE VIRTUAL TABLE SearchIndex USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 0');
        """ + Triggers;

    /// <summary>Fills the index from the tables, for an index created after the data.</summary>
    public const string Fill = """
        INSERT INTO SearchIndex(rowid, title, summary, body)
            SELECT Id * 4 + 1, Title, coalesce(Summary, ''), coalesce(Description, '') FROM Interventions;
        INSERT INTO SearchIndex(rowid, title, summary, body)
            SELECT Id * 4 + 2, Title, coalesce(Platform, ''), coalesce(Description, '') FROM Materials;
        INSERT INTO SearchIndex(rowid, title, summary, body)
            SELECT Id * 4 + 3, Title, coalesce(Description, ''), coalesce(MethodNote, '') FROM StatisticsDatasets;
        """;

    private const string Triggers = """
        CREATE TRIGGER Interventions_search_insert AFTER INSERT ON Interventions BEGIN
            INSERT INTO SearchIndex(rowid, title, summary, body)
            VALUES (new.Id * 4 + 1, new.Title, coalesce(new.Summary, ''), coalesce(new.Description, ''));
        END;
        CREATE TRIGGER Interventions_search_update AFTER UPDATE OF Title, Summary, Description ON Interventions BEGIN
            DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 1;
            INSERT INTO SearchIndex(rowid, title, summary, body)
            VALUES (new.Id * 4 + 1, new.Title, coalesce(new.Summary, ''), coalesce(new.Description, ''));
        END;
        CREATE TRIGGER Interventions_search_delete AFTER DELETE ON Interventions BEGIN
            DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 1;
        END;

        CREATE TRIGGER Materials_search_insert AFTER INSERT ON Materials BEGIN
            INSERT INTO SearchIndex(rowid, title, summary, body)
            VALUES (new.Id * 4 + 2, new.Title, coalesce(new.Platform, ''), coalesce(new.Description, ''));
        END;
        CREATE TRIGGER Materials_search_update AFTER UPDATE OF Title, Platform, Description ON Materials BEGIN
            DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 2;
            INSERT INTO SearchIndex(rowid, title, summary, body)
            VALUES (new.Id * 4 + 2, new.Title, coalesce(new.Platform, ''), coalesce(new.Description, ''));
        END;
        CREATE TRIGGER Materials_search_delete AFTER DELETE ON Materials BEGIN
            DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 2;
        END;

        CREATE TRIGGER StatisticsDatasets_search_insert AFTER INSERT ON StatisticsDatasets BEGIN
            INSERT INTO SearchIndex(rowid, title, summary, body)
            VALUES (new.Id * 4 + 3, new.Title, coalesce(new.Description, ''), coalesce(new.MethodNote, ''));
        END;
        CREATE TRIGGER StatisticsDatasets_search_update AFTER UPDATE OF Title, Description, MethodNote ON StatisticsDatasets BEGIN
            DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 3;
            INSERT INTO SearchIndex(rowid, title, summary, body)
            VALUES (new.Id * 4 + 3, new.Title, coalesce(new.Description, ''), coalesce(new.MethodNote, ''));
        END;
        CREATE TRIGGER StatisticsDatasets_search_delete AFTER DELETE ON StatisticsDatasets BEGIN
            DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 3;
        END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS Materials_search_insert; DROP TRIGGER IF EXISTS Materials_search_update; DROP TRIGGER IF EXISTS Materials_search_delete;
        DROP TRIGGER IF EXISTS Interventions_search_insert; DROP TRIGGER IF EXISTS Interventions_search_update; DROP TRIGGER IF EXISTS Interventions_search_delete;
        DROP TRIGGER IF EXISTS StatisticsDatasets_search_insert; DROP TRIGGER IF EXISTS StatisticsDatasets_search_update; DROP TRIGGER IF EXISTS StatisticsDatasets_search_delete;
        DROP TABLE IF EXISTS SearchIndex;
        """;
}
