using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Postgres.Migrations
{
    /// <summary>
    /// What PostgreSQL keeps in step by itself: the version row that changes with every writing transaction (read by
    /// <c>PostgresDatabaseVersion</c>) and the full-text index (read by <c>PostgresSearchIndex</c>).
    /// </summary>
    /// <remarks>
    /// <para>The SQL is written out as it was when the migration shipped: a migration never calls live code, so
    /// changing the search code later cannot change what this migration does.</para>
    /// <para>Every table the Hub writes needs the version trigger: a migration that adds a table adds its trigger
    /// (<c>PostgresDatabaseVersionTests</c> checks that every table of the model has one).</para>
    /// </remarks>
    public partial class DatabaseVersionAndSearch : Migration
    {
        private static readonly string[] Tables =
        [
            "AuditEntries", "Organisations", "Settings", "VocabularyEntries", "Interventions", "Materials", "InterventionCodes",
            "InterventionPartners", "StatisticsDatasets", "MaterialCodes", "StatisticsCells",
        ];

        // One row; the bump runs once per writing transaction (the first statement that writes records its
        // transaction id, later statements of that transaction find it and change nothing).
        private const string CreateVersion = """
            CREATE TABLE "DatabaseVersion" (
                "Id" integer PRIMARY KEY CHECK ("Id" = 1),
                "Value" bigint NOT NULL,
                "WrittenBy" xid8
            );
            INSERT INTO "DatabaseVersion" ("Id", "Value") VALUES (1, 1);
            CREATE FUNCTION hub_bump_database_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "DatabaseVersion" SET "Value" = "Value" + 1, "WrittenBy" = pg_current_xact_id()
                WHERE "Id" = 1 AND "WrittenBy" IS DISTINCT FROM pg_current_xact_id();
                RETURN NULL;
            END $$;
            """;

        private const string VersionTrigger = """
            CREATE TRIGGER "{0}_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{0}"
                FOR EACH STATEMENT EXECUTE FUNCTION hub_bump_database_version();
            """;

        // Row ids as on SQLite: the item's id times sixteen plus its kind (1 intervention, 2 material, 3 dataset).
        // Arguments of the row trigger: the kind, then the columns indexed as summary and body.
        private const string CreateSearch = """
            CREATE TABLE "SearchIndex" (
                "Id" integer PRIMARY KEY,
                "Title" text NOT NULL,
                "Summary" text NOT NULL,
                "Body" text NOT NULL,
                "Document" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('swedish'::regconfig, "Title"), 'A')
                    || setweight(to_tsvector('swedish'::regconfig, "Summary"), 'B')
                    || setweight(to_tsvector('swedish'::regconfig, "Body"), 'C')) STORED
            );
            CREATE INDEX "IX_SearchIndex_Document" ON "SearchIndex" USING gin ("Document");

            CREATE FUNCTION hub_search_index_row() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                kind integer := TG_ARGV[0]::integer;
                item jsonb;
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    DELETE FROM "SearchIndex" WHERE "Id" = OLD."Id" * 16 + kind;
                    RETURN NULL;
                END IF;
                IF TG_OP = 'UPDATE' AND OLD."Id" <> NEW."Id" THEN
                    DELETE FROM "SearchIndex" WHERE "Id" = OLD."Id" * 16 + kind;
                END IF;
                item := to_jsonb(NEW);
                INSERT INTO "SearchIndex" ("Id", "Title", "Summary", "Body")
                VALUES (NEW."Id" * 16 + kind, NEW."Title", coalesce(item ->> TG_ARGV[1], ''), coalesce(item ->> TG_ARGV[2], ''))
                ON CONFLICT ("Id") DO UPDATE SET "Title" = EXCLUDED."Title", "Summary" = EXCLUDED."Summary", "Body" = EXCLUDED."Body";
                RETURN NULL;
            END $$;

            CREATE TRIGGER "Interventions_search" AFTER INSERT OR DELETE OR UPDATE OF "Id", "Title", "Summary", "Description" ON "Interventions"
                FOR EACH ROW EXECUTE FUNCTION hub_search_index_row('1', 'Summary', 'Description');
            CREATE TRIGGER "Materials_search" AFTER INSERT OR DELETE OR UPDATE OF "Id", "Title", "Platform", "Description" ON "Materials"
                FOR EACH ROW EXECUTE FUNCTION hub_search_index_row('2', 'Platform', 'Description');
            CREATE TRIGGER "StatisticsDatasets_search" AFTER INSERT OR DELETE OR UPDATE OF "Id", "Title", "Description", "MethodNote" ON "StatisticsDatasets"
                FOR EACH ROW EXECUTE FUNCTION hub_search_index_row('3', 'Description', 'MethodNote');

            INSERT INTO "SearchIndex" ("Id", "Title", "Summary", "Body")
                SELECT "Id" * 16 + 1, "Title", coalesce("Summary", ''), coalesce("Description", '') FROM "Interventions";
            INSERT INTO "SearchIndex" ("Id", "Title", "Summary", "Body")
                SELECT "Id" * 16 + 2, "Title", coalesce("Platform", ''), coalesce("Description", '') FROM "Materials";
            INSERT INTO "SearchIndex" ("Id", "Title", "Summary", "Body")
                SELECT "Id" * 16 + 3, "Title", coalesce("Description", ''), coalesce("MethodNote", '') FROM "StatisticsDatasets";
            """;

        private const string Drop = """
            DROP TRIGGER IF EXISTS "Interventions_search" ON "Interventions";
            DROP TRIGGER IF EXISTS "Materials_search" ON "Materials";
            DROP TRIGGER IF EXISTS "StatisticsDatasets_search" ON "StatisticsDatasets";
            DROP FUNCTION IF EXISTS hub_search_index_row();
            DROP TABLE IF EXISTS "SearchIndex";
            """;

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsNpgsql()) return;
            migrationBuilder.Sql(CreateVersion);
            foreach (var table in Tables) migrationBuilder.Sql(string.Format(VersionTrigger, table));
            migrationBuilder.Sql(CreateSearch);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsNpgsql()) return;
            migrationBuilder.Sql(Drop);
            foreach (var table in Tables) migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_version\" ON \"{table}\";");
            migrationBuilder.Sql("""DROP FUNCTION IF EXISTS hub_bump_database_version(); DROP TABLE IF EXISTS "DatabaseVersion";""");
        }
    }
}
