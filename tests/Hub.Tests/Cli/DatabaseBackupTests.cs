using Hub.Audit;
using Hub.Data.Sqlite;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Cli;

/// <summary>`database backup FILE` copies a running Hub's SQLite database into a file a Hub can start on again.</summary>
public sealed class DatabaseBackupTests
{
    [SqliteFact]
    public async Task ABackupOfARunningHubRestoresEverythingWithAnIntactAuditChain()
    {
        using var hub = new HubFactory();
        var publisher = hub.CreateClientAs("FK", "publisher");
        var before = await publisher.SaveAsync("createMaterial", NewMaterial("before-backup"));
        var target = Path.Combine(hub.DataFolder, "backups", "hub-backup.db");

        var output = new StringWriter();
        Assert.Equal(0, await SqliteBackup.RunAsync([target], output, output, hub.CommandSettings()));
        Assert.Contains("Backed up to", output.ToString());
        await publisher.SaveAsync("createMaterial", NewMaterial("after-backup")); // the Hub kept running; not in the backup

        var restoredFolder = Path.Combine(hub.DataFolder, "restored");
        Directory.CreateDirectory(restoredFolder);
        File.Copy(target, Path.Combine(restoredFolder, "hub.db"));
        using var restored = new FolderHub(restoredFolder);
        var verify = new StringWriter();
        Assert.True(await AuditCommand.RunAsync(["verify"], verify, verify, restored.CommandSettings()) == 0, verify.ToString());
        var found = (await restored.CreateClientAs("FK", "publisher").PostGraphQLAsync(
            """{ materials(first: 100, filter: { owners: ["FK"] }) { nodes { id externalId } } }""")).EnsureNoErrors();
        var externalIds = found.Data["materials"]!["nodes"]!.AsArray().Select(n => n!["externalId"]!.GetValue<string>()).ToList();
        Assert.Contains("before-backup", externalIds);
        Assert.DoesNotContain("after-backup", externalIds);
        Assert.Contains(found.Data["materials"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == before["id"]!.GetValue<string>());
    }

    [SqliteFact]
    public async Task ABackupNeverOverwritesAFile()
    {
        using var hub = new HubFactory();
        var target = Path.Combine(hub.DataFolder, "taken.db");
        Directory.CreateDirectory(hub.DataFolder);
        await File.WriteAllTextAsync(target, "precious");

        var error = new StringWriter();
        Assert.Equal(2, await SqliteBackup.RunAsync([target], TextWriter.Null, error, hub.CommandSettings()));
        Assert.Contains("never overwrites", error.ToString());
        Assert.Equal("precious", await File.ReadAllTextAsync(target));
    }

    private sealed class FolderHub(string folder) : HubFactory(folder);
}
