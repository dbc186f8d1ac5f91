using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <summary>
    /// Rebuilds the full-text index with the item's kind and id in the rowid instead of stored columns, so that a search
    /// never reads the index's content table for its hits and the triggers replace rows by key.
    /// </summary>
    public partial class SearchIndexRowids : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite()) return;
            migrationBuilder.Sql(SearchIndex.Drop);
            migrationBuilder.Sql(Search.SearchIndex.Create);
            migrationBuilder.Sql(Search.SearchIndex.Fill);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (!migrationBuilder.IsSqlite()) return;
            migrationBuilder.Sql(Search.SearchIndex.Drop);
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
