using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Tests.Postgres;

/// <summary>What the PostgreSQL provider keeps in the database itself: migrations, the version row, the collation.</summary>
public sealed class PostgresDatabaseTests
{
    [PostgresFact]
    public async Task AnEmptyDatabaseIsMigratedAndGetsTheDemoDataOnceAcrossRestarts()
    {
        using var hub = new HubFactory();
        var first = await CountsAsync(hub);
        Assert.Empty(await hub.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await hub.QueryAsync(db => Task.FromResult(db.Database.ProviderName)));
        Assert.True(first.Materials >= 60, $"{first.Materials} materials");

        await using var restarted = new SameDatabaseHub(hub.DataFolder);
        Assert.Equal(first, await CountsAsync(restarted));
    }

    [PostgresFact]
    public async Task TheVersionChangesWithEveryCommitFromAnyConnectionAndWithNothingElse()
    {
        using var hub = new HubFactory();
        hub.CreateClient();
        var version = hub.Services.GetRequiredService<IDatabaseVersion>();
        var before = version.Current;

        await hub.CreateClient().PostGraphQLAsync("{ materials(first: 5) { nodes { title } } }");
        Assert.Equal(before, version.Current);

        await using (var other = (NpgsqlConnection)await TestDatabase.OpenOtherConnectionAsync(hub.DataFolder))
        {
            await using var transaction = await other.BeginTransactionAsync();
            await new NpgsqlCommand("""UPDATE "Materials" SET "Title" = "Title" || ' (1)'""", other, transaction).ExecuteNonQueryAsync();
            await new NpgsqlCommand("""UPDATE "Materials" SET "Title" = "Title" || ' (2)'""", other, transaction).ExecuteNonQueryAsync();
            Assert.Equal(before, version.Current); // not before the commit
            await transaction.CommitAsync();
        }
        var afterCommit = version.Current;
        Assert.Equal(before + 1, afterCommit); // once per transaction, however many statements

        await using (var other = (NpgsqlConnection)await TestDatabase.OpenOtherConnectionAsync(hub.DataFolder))
        {
            await using var transaction = await other.BeginTransactionAsync();
            await new NpgsqlCommand("""DELETE FROM "MaterialCodes" """, other, transaction).ExecuteNonQueryAsync();
            await transaction.RollbackAsync();
        }
        Assert.Equal(afterCommit, version.Current);
    }

    [PostgresFact]
    public async Task EveryTableOfTheModelBumpsTheVersion()
    {
        using var hub = new HubFactory();
        var tables = await hub.QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().ToList()));
        var triggered = await hub.QueryAsync(db => db.Database.SqlQueryRaw<string>("""
            SELECT c.relname AS "Value" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE p.proname = 'hub_bump_database_version'
            """).ToListAsync());
        Assert.Empty(tables.Except(triggered));
    }

    [PostgresFact]
    public async Task TextColumnsUseTheBinaryCollationSoOrderIsTheSameAsOnSqlite()
    {
        using var hub = new HubFactory();
        var collations = await hub.QueryAsync(db => db.Database.SqlQueryRaw<string>("""
            SELECT DISTINCT coalesce(collation_name, '(database default)') AS "Value" FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') AND table_name NOT IN ('SearchIndex', '__EFMigrationsHistory')
            """).ToListAsync());
        Assert.Equal(["C"], collations);
        foreach (var title in new[] { "Öppen förskola", "apple", "Zebra", "Ängel", "Äpple", "Åtgärd", "zoo" })
            await hub.AddMaterialAsync($"Qzx {title}");
        var response = (await hub.CreateClient().PostGraphQLAsync("""{ materials(first: 20, filter: { owners: ["MIGR"] }, orderBy: { field: TITLE, direction: ASC }) { nodes { title } } }""")).EnsureNoErrors();
        var titles = response.Data["materials"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).Where(t => t.StartsWith("Qzx ")).ToList();
        // Code point order, as SQLite's BINARY: upper case before lower case, then Ä (U+00C4), Å (U+00C5), Ö (U+00D6).
        Assert.Equal(["Qzx Zebra", "Qzx apple", "Qzx zoo", "Qzx Ängel", "Qzx Äpple", "Qzx Åtgärd", "Qzx Öppen förskola"], titles);
    }

    private static async Task<(int Organisations, int Interventions, int Materials, int Datasets)> CountsAsync(HubFactory hub)
    {
        hub.CreateClient();
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return (await db.Organisations.CountAsync(), await db.Interventions.CountAsync(),
            await db.Materials.CountAsync(), await db.StatisticsDatasets.CountAsync());
    }

    /// <summary>A second Hub on the first one's data folder and so its database; leaves both to the first.</summary>
    private sealed class SameDatabaseHub(string folder) : HubFactory(folder)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
