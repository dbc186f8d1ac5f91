using Hub.Audit;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

/// <summary>`audit verify`, run in-process through the command's own entry point against a test's database.</summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task AnIntactChainVerifies()
    {
        using var hub = await HubWithChangesAsync();

        var (exit, output, _) = await VerifyAsync(hub);

        Assert.Equal(0, exit);
        Assert.Contains("intact: 4 entries", output);
    }

    [Fact]
    public async Task ATamperedEntryIsNamed()
    {
        using var hub = await HubWithChangesAsync();
        await ExecuteAsync(hub, """UPDATE "AuditEntries" SET "Changes" = replace("Changes", 'Andra', 'Förfalskad') WHERE "Id" = 2""");

        var (exit, _, error) = await VerifyAsync(hub);

        Assert.Equal(1, exit);
        Assert.Contains("broken at entry #2", error);
        Assert.Contains("altered", error);
    }

    [Fact]
    public async Task ATamperedEntryWhoseHashWasRecomputedBreaksTheNextLink()
    {
        using var hub = await HubWithChangesAsync();
        await ExecuteAsync(hub, """UPDATE "AuditEntries" SET "Subject" = 'someone-else' WHERE "Id" = 2""");
        await RehashAsync(hub, 2);

        var (exit, _, error) = await VerifyAsync(hub);

        Assert.Equal(1, exit);
        Assert.Contains("broken at entry #3", error);
    }

    [Fact]
    public async Task ADeletedEntryIsNamed()
    {
        using var hub = await HubWithChangesAsync();
        await ExecuteAsync(hub, """DELETE FROM "AuditEntries" WHERE "Id" = 2""");

        var (exit, _, error) = await VerifyAsync(hub);

        Assert.Equal(1, exit);
        Assert.Contains("broken at entry #2: entry #2 is missing", error);
    }

    [Fact]
    public async Task DeletingTheNewestEntriesIsNoticedToo()
    {
        using var hub = await HubWithChangesAsync();
        await ExecuteAsync(hub, """DELETE FROM "AuditEntries" WHERE "Id" >= 3""");

        var (exit, _, error) = await VerifyAsync(hub);

        Assert.Equal(1, exit);
        Assert.Contains("broken at entry #3", error);
    }

    /// <summary>A fresh Hub with four audit entries: two creates and two updates.</summary>
    private static async Task<HubFactory> HubWithChangesAsync()
    {
        var hub = new HubFactory();
        var client = hub.CreateClientAs("AF", "publisher");
        var material = await client.SaveAsync("createMaterial", NewMaterial("chain-1", ("title", "Första")));
        await client.SaveAsync("updateMaterial", Change(material["id"]!.GetValue<string>(), 1, ("title", "Andra")));
        var intervention = await client.SaveAsync("createIntervention", NewIntervention("chain-2"));
        await client.SaveAsync("updateIntervention", Change(intervention["id"]!.GetValue<string>(), 1, ("title", "Tredje")));
        return hub;
    }

    internal static async Task<(int Exit, string Output, string Error)> VerifyAsync(HubFactory hub)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await AuditCommand.RunAsync(["verify"], output, error, Settings(hub));
        return (exit, output.ToString(), error.ToString());
    }

    public static Dictionary<string, string?> Settings(HubFactory hub) => hub.CommandSettings();

    internal static async Task ExecuteAsync(HubFactory hub, string sql)
    {
        await TestDatabase.ExecuteAsync(hub.DataFolder, sql);
    }

    /// <summary>What a careful forger does: recompute the altered entry's own hash so that it looks consistent.</summary>
    private static async Task RehashAsync(HubFactory hub, int id)
    {
        var entry = await hub.QueryAsync(db => Task.FromResult(db.AuditEntries.Single(e => e.Id == id)));
        await ExecuteAsync(hub, $"""UPDATE "AuditEntries" SET "Hash" = '{AuditHash.Compute(entry)}' WHERE "Id" = {id}""");
    }
}
