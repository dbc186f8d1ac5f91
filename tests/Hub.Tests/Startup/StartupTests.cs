using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Startup;

public sealed class StartupTests
{
    [SqliteFact]
    public async Task FirstStartOnAnEmptyFolderMigratesAndLoadsDemoDataOnceAcrossRestarts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-tests", Guid.NewGuid().ToString("N"));
        Assert.False(Directory.Exists(folder));
        (int Organisations, int Interventions, int Materials, int Datasets) first, second;
        using (var hub = new FixedFolderHub(folder))
        {
            first = await CountsAsync(hub);
            await using var scope = hub.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.True(File.Exists(Path.Combine(folder, "hub.db")));
        }
        using (var hub = new FixedFolderHub(folder)) second = await CountsAsync(hub);

        Assert.True(first.Organisations >= 6, $"{first.Organisations} organisations");
        Assert.True(first.Interventions >= 40, $"{first.Interventions} interventions");
        Assert.True(first.Materials >= 60, $"{first.Materials} materials");
        Assert.True(first.Datasets >= 3, $"{first.Datasets} datasets");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task DemoDataIsNotReloadedAfterItWasDeleted()
    {
        using var hub = new HubFactory();
        await CountsAsync(hub);
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await db.Materials.ExecuteDeleteAsync();
        }
        var restarted = new FixedFolderHub(hub.DataFolder);
        Assert.Equal(0, (await CountsAsync(restarted)).Materials);
        await restarted.DisposeAsync();
    }

    [SqliteFact]
    public async Task ConnectionsEnforceForeignKeysAndTheFileUsesWriteAheadLogging()
    {
        using var hub = new HubFactory();
        hub.CreateClient();
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.Equal(1L, await db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS \"Value\" FROM pragma_foreign_keys").SingleAsync());
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync());
    }

    [SqliteTheory]
    [InlineData("20261122224143_AuditTrail")] // before the index held kind and id in its rowid
    [InlineData("20261123011912_SearchIndexRowids")] // before the rowid's kind code was widened to four bits
    public async Task ADatabaseFromBeforeTheRowidSearchIndexIsUpgradedAndItsItemsStayFindable(string lastApplied)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<HubDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "hub.db")}").Options;
        await using (var old = new HubDbContext(options))
        {
            await old.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(lastApplied);
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO Organisations (Id, Code, IsPlanAgency, Kind, Name, NameEn, UpdatedAt, Version) VALUES (9001, 'OLDORG', 0, 'Municipality', 'Gammal kommun', 'Old municipality', 0, 1);
                INSERT INTO Materials (Id, CreatedAt, Description, FormatCode, OwnerId, Title, UpdatedAt, Version, Visibility)
                    VALUES (9001, 0, 'Skrevs innan sökindexet byggdes om.', 'E_LEARNING', 9001, 'Qwxlight bemötandeguide', 0, 1, 'Public');
                """);
            Assert.Equal(1, await old.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM SearchIndex WHERE SearchIndex MATCH 'qwxlight'").SingleAsync());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var hub = new FixedFolderHub(folder);
        var response = await hub.CreateClient().PostGraphQLAsync("""
            { search(query: "qwxlight bemötande") { nodes { kind item { ... on CompetenceMaterial { title owner { code } } } } } }
            """);
        var hit = Assert.Single(response.Data!["search"]!["nodes"]!.AsArray())!;
        Assert.Equal("MATERIAL", (string?)hit["kind"]);
        Assert.Equal("Qwxlight bemötandeguide", (string?)hit["item"]!["title"]);
        Assert.Equal("OLDORG", (string?)hit["item"]!["owner"]!["code"]);
    }

    private static async Task<(int Organisations, int Interventions, int Materials, int Datasets)> CountsAsync(HubFactory hub)
    {
        hub.CreateClient();
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return (await db.Organisations.CountAsync(), await db.Interventions.CountAsync(),
            await db.Materials.CountAsync(), await db.StatisticsDatasets.CountAsync());
    }

    /// <summary>A Hub on a given folder that leaves the folder in place, to start again on it.</summary>
    private sealed class FixedFolderHub(string folder) : HubFactory(folder)
    {
        protected override void Dispose(bool disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
