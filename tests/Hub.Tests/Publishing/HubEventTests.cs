using Hub.GraphQL;
using Hub.Publishing;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Publishing.Imports;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

public sealed class HubEventTests
{
    [Fact]
    public async Task OneEventPerCommittedChangeIsRaisedAfterTheCommit()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClientAs("AF", "publisher");
        var seen = new List<(ItemChanged Change, int? CommittedVersion)>();
        // Another connection sees only committed data: if the event came before the commit it would see the old version.
        using var subscription = hub.Services.GetRequiredService<IHubEvents>().Subscribe(change => seen.Add((change, CommittedVersion(hub, change))));

        var created = await client.SaveAsync("createMaterial", NewMaterial("event-1"));
        var id = created["id"]!.GetValue<string>();
        await client.SaveAsync("updateMaterial", Change(id, 1, ("title", "Ändrad")));
        await client.SaveAsync("updateMaterial", Change(id, 2, ("title", "Ändrad"))); // no change, no event
        await client.SaveAsync("retireMaterial", new { id, expectedVersion = 2 });
        await client.ImportAsync("externalId,title,format,visibility\nEVENT-2,A,GUIDE,PUBLIC\nEVENT-3,B,GUIDE,PUBLIC\n");

        Assert.Equal(["CREATE", "UPDATE", "RETIRE", "CREATE", "CREATE"], seen.Select(s => s.Change.Operation));
        var kinds = hub.Services.GetRequiredService<Hub.Kinds.KindRegistry>();
        Assert.All(seen.Take(3), s => Assert.Equal(id, kinds.GlobalIdOf(s.Change.Item)));
        Assert.All(seen, s => Assert.Equal(s.Change.Version, s.CommittedVersion));
        Assert.All(seen, s => Assert.Equal("AF", s.Change.Owner));
        Assert.Equal(seen.Select(s => s.Change.AuditSequence).Order(), seen.Select(s => s.Change.AuditSequence));
    }

    [Fact]
    public async Task NoEventIsRaisedForAChangeThatIsRolledBack()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClientAs("AF", "publisher");
        var created = await client.SaveAsync("createMaterial", NewMaterial("rollback-1"));
        var seen = new List<ItemChanged>();
        using var subscription = hub.Services.GetRequiredService<IHubEvents>().Subscribe(seen.Add);

        await client.MutateAsync("createMaterial", NewMaterial("rollback-2", ("webUrl", "nope")));
        await client.MutateAsync("updateMaterial", Change(created["id"]!.GetValue<string>(), 7, ("title", "Konflikt")));
        var report = await client.ImportAsync("externalId,title,format,visibility\nROLLBACK-3,A,GUIDE,PUBLIC\nROLLBACK-4,B,NOPE,PUBLIC\n");
        await client.ImportAsync("externalId,title,format,visibility\nROLLBACK-5,A,GUIDE,PUBLIC\n", dryRun: true);

        Assert.False(report["applied"]!.GetValue<bool>());
        Assert.Empty(seen);
    }

    private static int? CommittedVersion(HubFactory hub, ItemChanged change)
    {
        var id = change.Item.Id;
        using var connection = TestDatabase.OpenOtherConnectionAsync(hub.DataFolder).GetAwaiter().GetResult();
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Version" FROM "Materials" WHERE "Id" = {id}""";
        return command.ExecuteScalar() is { } version and not DBNull ? Convert.ToInt32(version) : null;
    }
}
