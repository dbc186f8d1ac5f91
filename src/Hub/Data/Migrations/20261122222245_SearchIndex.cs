using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <summary>
    /// The full-text index and the triggers that keep it in step with every write (SQLite FTS5). Its first form, kept
    /// here as it was: <see cref="SearchIndexRowids"/> replaced it.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        internal const string Create = """
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

        internal const string Drop = """
            DROP TRIGGER IF EXISTS Materials_search_insert; DROP TRIGGER IF EXISTS Materials_search_update; DROP TRIGGER IF EXISTS Materials_search_delete;
            DROP TRIGGER IF EXISTS Interventions_search_insert; DROP TRIGGER IF EXISTS Interventions_search_update; DROP TRIGGER IF EXISTS Interventions_search_delete;
            DROP TRIGGER IF EXISTS StatisticsDatasets_search_insert; DROP TRIGGER IF EXISTS StatisticsDatasets_search_update; DROP TRIGGER IF EXISTS StatisticsDatasets_search_delete;
            DROP TABLE IF EXISTS SearchIndex;
            """;

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
                migrationBuilder.Sql(Create);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
                migrationBuilder.Sql(Drop);
        }
    }
}
