using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Postgres.Migrations
{
    /// <summary>
    /// The request counts Hub instances share for rate limiting (read and written by <c>PostgresRateCounts</c>). Not
    /// part of the EF model: no entity maps to it, and the model snapshot does not change. Unlogged: the counts of the
    /// current minute are worth nothing after a server crash, and skipping the write-ahead log keeps counting cheap.
    /// No version trigger: counting requests does not change the Hub's data.
    /// </summary>
    [DbContext(typeof(HubDbContext))]
    [Migration("20261204220000_RateLimitWindows")]
    public partial class RateLimitWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE UNLOGGED TABLE "RateLimitWindows" (
                "Partition" text COLLATE "C" NOT NULL,
                "Window" bigint NOT NULL,
                "Count" bigint NOT NULL,
                PRIMARY KEY ("Partition", "Window")
            );
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""DROP TABLE "RateLimitWindows";""");
    }
}
