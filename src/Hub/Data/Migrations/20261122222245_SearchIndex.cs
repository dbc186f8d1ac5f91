using Hub.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <summary>The full-text index and the triggers that keep it in step with every write (SQLite FTS5).</summary>
    public partial class SearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
                migrationBuilder.Sql(Search.SearchIndex.Create);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.IsSqlite())
                migrationBuilder.Sql(Search.SearchIndex.Drop);
        }
    }
}
