using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <summary>
    /// Rebuilds the full-text index with the item's kind and id in the rowid instead of stored columns, so that a search
    /// never reads the index's content table for its hits and the triggers replace rows by key.
    /// </summary>
    /// <remarks>The SQL is written out as it was when the migration shipped: a migration never calls live code, so
    /// changing the search code later cannot change what this migration does.</remarks>
    public partial class SearchIndexRowids : Migration
    {
        internal const string Create = """
            CREATE VIRTUAL TABLE SearchIndex USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 0');
            CREATE TRIGGER Interventions_search_insert AFTER INSERT ON Interventions BEGIN
                INSERT INTO SearchIndex(rowid, title, summary, body) VALUES (new.Id * 4 + 1, new.Title, coalesce(new.Summary, ''), coalesce(new.Description, ''));
            END;
            CREATE TRIGGER Interventions_search_update AFTER UPDATE OF Title, Summary, Description ON Interventions BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 1;
                INSERT INTO SearchIndex(rowid, title, summary, body) VALUES (new.Id * 4 + 1, new.Title, coalesce(new.Summary, ''), coalesce(new.Description, ''));
            END;
            CREATE TRIGGER Interventions_search_delete AFTER DELETE ON Interventions BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 1;
            END;

            CREATE TRIGGER Materials_search_insert AFTER INSERT ON Materials BEGIN
                INSERT INTO SearchIndex(rowid, title, summary, body) VALUES (new.Id * 4 + 2, new.Title, coalesce(new.Platform, ''), coalesce(new.Description, ''));
            END;
            CREATE TRIGGER Materials_search_update AFTER UPDATE OF Title, Platform, Description ON Materials BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 2;
                INSERT INTO SearchIndex(rowid, title, summary, body) VALUES (new.Id * 4 + 2, new.Title, coalesce(new.Platform, ''), coalesce(new.Description, ''));
            END;
            CREATE TRIGGER Materials_search_delete AFTER DELETE ON Materials BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 2;
            END;

            CREATE TRIGGER StatisticsDatasets_search_insert AFTER INSERT ON StatisticsDatasets BEGIN
                INSERT INTO SearchIndex(rowid, title, summary, body) VALUES (new.Id * 4 + 3, new.Title, coalesce(new.Description, ''), coalesce(new.MethodNote, ''));
            END;
            CREATE TRIGGER StatisticsDatasets_search_update AFTER UPDATE OF Title, Description, MethodNote ON StatisticsDatasets BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 3;
                INSERT INTO SearchIndex(rowid, title, summary, body) VALUES (new.Id * 4 + 3, new.Title, coalesce(new.Description, ''), coalesce(new.MethodNote, ''));
            END;
            CREATE TRIGGER StatisticsDatasets_search_delete AFTER DELETE ON StatisticsDatasets BEGIN
                DELETE FROM SearchIndex WHERE rowid = old.Id * 4 + 3;
            END;
            """;

        internal const string Fill = """
            INSERT INTO SearchIndex(rowid, title, summary, body) SELECT Interventions.Id * 4 + 1, Interventions.Title, coalesce(Interventions.Summary, ''), coalesce(Interventions.Description, '') FROM Interventions;
            INSERT INTO SearchIndex(rowid, title, summary, body) SELECT Materials.Id * 4 + 2, Materials.Title, coalesce(Materials.Platform, ''), coalesce(Materials.Description, '') FROM Materials;
            INSERT INTO SearchIndex(rowid, title, summary, body) SELECT StatisticsDatasets.Id * 4 + 3, StatisticsDatasets.Title, coalesce(StatisticsDatasets.Description, ''), coalesce(StatisticsDatasets.MethodNote, '') FROM StatisticsDatasets;
            """;

        private const string Drop = """
            DROP TRIGGER IF EXISTS Interventions_search_insert;
            DROP TRIGGER IF EXISTS Interventions_search_update;
            DROP TRIGGER IF EXISTS Interventions_search_delete;
            DROP TRIGGER IF EXISTS Materials_search_insert;
            DROP TRIGGER IF EXISTS Materials_search_update;
            DROP TRIGGER IF EXISTS Materials_search_delete;
            DROP TRIGGER IF EXISTS StatisticsDatasets_search_insert;
            DROP TRIGGER IF EXISTS StatisticsDatasets_search_update;
            DROP TRIGGER IF EXISTS StatisticsDatasets_search_delete;
            DROP TABLE IF EXISTS SearchIndex;
            """;

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite()) return;
            migrationBuilder.Sql(SearchIndex.Drop);
            migrationBuilder.Sql(Create);
            migrationBuilder.Sql(Fill);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite()) return;
            migrationBuilder.Sql(Drop);
            migrationBuilder.Sql(SearchIndex.Create);
            migrationBuilder.Sql("""
                INSERT INTO SearchIndex(kind, item_id, title, summary, body)
                    SELECT 'INTERVENTION', Id, Title, coalesce(Summary, ''), coalesce(Description, '') FROM Interventions;
                INSERT INTO SearchIndex(kind, item_id, title, summary, body)
                    SELECT 'MATERIAL', Id, Title, coalesce(Platform, ''), coalesce(Description, '') FROM Materials;
                INSERT INTO SearchIndex(kind, item_id, title, summary, body)
                    SELECT 'DATASET', Id, Title, coalesce(Description, ''), coalesce(MethodNote, '') FROM StatisticsDatasets;
                """);
        }
    }
}
