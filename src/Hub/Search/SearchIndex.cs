using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Search;

/// <summary>
/// SQLite's FTS5 index over titles and texts of interventions, materials and datasets. Triggers created by the
/// migration keep it in step with every write, so it never needs rebuilding by the application.
/// </summary>
public static class SearchIndex
{
    /// <summary>Index rows matching the query, as a composable SQL source (empty when the query has no words).</summary>
    public static IQueryable<SearchHit> Matching(HubDbContext db, string? text)
    {
        var query = SearchText.ToFtsQuery(text) ?? "\"\"";
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS "Id", kind AS "Kind", item_id AS "ItemId",
                   -bm25(SearchIndex, 0.0, 0.0, 10.0, 3.0, 1.0) AS "Rank",
                   snippet(SearchIndex, -1, char(2), char(3), '…', 16) AS "Snippet"
            FROM SearchIndex WHERE SearchIndex MATCH {query}
            """);
    }

    public const string Create = """
        CREATE VIRTUAL TABLE SearchIndex USING fts5(
            kind UNINDEXED, item_id UNINDEXED, title, summary, body,
            tokenize = 'unicode61 remove_diacritics 0');

        CREATE TRIGGER Materials_search_insert AFTER INSERT ON Materials BEGIN
            INSERT INTO SearchIndex(kind, item_id, title, summary, body)
            VALUES ('MATERIAL', new.Id, new.Title, coalesce(new.Platform, ''), coalesce(new.Description, ''));
        END;
        CREATE TRIGGER Materials_search_update AFTER UPDATE OF Title, Platform, Description ON Materials BEGIN
            DELETE FROM SearchIndex WHERE kind = 'MATERIAL' AND item_id = old.Id;
            INSERT INTO SearchIndex(kind, item_id, title, summary, body)
            VALUES ('MATERIAL', new.Id, new.Title, coalesce(new.Platform, ''), coalesce(new.Description, ''));
        END;
        CREATE TRIGGER Materials_search_delete AFTER DELETE ON Materials BEGIN
            DELETE FROM SearchIndex WHERE kind = 'MATERIAL' AND item_id = old.Id;
        END;

        CREATE TRIGGER Interventions_search_insert AFTER INSERT ON Interventions BEGIN
            INSERT INTO SearchIndex(kind, item_id, title, summary, body)
            VALUES ('INTERVENTION', new.Id, new.Title, coalesce(new.Summary, ''), coalesce(new.Description, ''));
        END;
        CREATE TRIGGER Interventions_search_update AFTER UPDATE OF Title, Summary, Description ON Interventions BEGIN
            DELETE FROM SearchIndex WHERE kind = 'INTERVENTION' AND item_id = old.Id;
            INSERT INTO SearchIndex(kind, item_id, title, summary, body)
            VALUES ('INTERVENTION', new.Id, new.Title, coalesce(new.Summary, ''), coalesce(new.Description, ''));
        END;
        CREATE TRIGGER Interventions_search_delete AFTER DELETE ON Interventions BEGIN
            DELETE FROM SearchIndex WHERE kind = 'INTERVENTION' AND item_id = old.Id;
        END;

        CREATE TRIGGER StatisticsDatasets_search_insert AFTER INSERT ON StatisticsDatasets BEGIN
            INSERT INTO SearchIndex(kind, item_id, title, summary, body)
            VALUES ('DATASET', new.Id, new.Title, coalesce(new.Description, ''), coalesce(new.MethodNote, ''));
        END;
        CREATE TRIGGER StatisticsDatasets_search_update AFTER UPDATE OF Title, Description, MethodNote ON StatisticsDatasets BEGIN
            DELETE FROM SearchIndex WHERE kind = 'DATASET' AND item_id = old.Id;
            INSERT INTO SearchIndex(kind, item_id, title, summary, body)
            VALUES ('DATASET', new.Id, new.Title, coalesce(new.Description, ''), coalesce(new.MethodNote, ''));
        END;
        CREATE TRIGGER StatisticsDatasets_search_delete AFTER DELETE ON StatisticsDatasets BEGIN
            DELETE FROM SearchIndex WHERE kind = 'DATASET' AND item_id = old.Id;
        END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS Materials_search_insert; DROP TRIGGER IF EXISTS Materials_search_update; DROP TRIGGER IF EXISTS Materials_search_delete;
        DROP TRIGGER IF EXISTS Interventions_search_insert; DROP TRIGGER IF EXISTS Interventions_search_update; DROP TRIGGER IF EXISTS Interventions_search_delete;
        DROP TRIGGER IF EXISTS StatisticsDatasets_search_insert; DROP TRIGGER IF EXISTS StatisticsDatasets_search_update; DROP TRIGGER IF EXISTS StatisticsDatasets_search_delete;
        DROP TABLE IF EXISTS SearchIndex;
        """;
}
