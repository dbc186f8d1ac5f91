using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

public sealed class ConflictTests(PublishingHub hub) : IClassFixture<PublishingHub>
{
    private readonly HttpClient _af = hub.CreateClientAs("AF", "publisher");

    [Fact]
    public async Task AStaleExpectedVersionIsAConflictWithTheCurrentVersionAndWritesNothing()
    {
        var created = await _af.SaveAsync("createMaterial", NewMaterial("stale-1"));
        var id = created["id"]!.GetValue<string>();
        await _af.SaveAsync("updateMaterial", Change(id, 1, ("title", "Första ändringen")));

        var stale = await _af.MutateAsync("updateMaterial", Change(id, 1, ("title", "Andra ändringen")));
        var retire = await _af.MutateAsync("retireMaterial", new { id, expectedVersion = 1 });

        foreach (var payload in new[] { stale, retire })
        {
            var error = Assert.Single(ErrorsOf(payload));
            Assert.Equal("CONFLICT", error!["code"]!.GetValue<string>());
            Assert.Equal(2, error["currentVersion"]!.GetValue<int>());
            Assert.Equal(["input", "expectedVersion"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        }
        var now = await _af.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on CompetenceMaterial { title version retiredAt } } }", new { id });
        var node = now.EnsureNoErrors().Data["node"]!;
        Assert.Equal("Första ändringen", node["title"]!.GetValue<string>());
        Assert.Equal(2, node["version"]!.GetValue<int>());
        Assert.Null(node["retiredAt"]);
    }

    [Fact]
    public async Task OfTenConcurrentUpdatesFromTheSameVersionExactlyOneWins()
    {
        var created = await _af.SaveAsync("createIntervention", NewIntervention("race-1"));
        var id = created["id"]!.GetValue<string>();
        var clients = Enumerable.Range(0, 10).Select(_ => hub.CreateClientAs("AF", "publisher")).ToList();

        var payloads = await Task.WhenAll(clients.Select((client, i) =>
            client.MutateAsync("updateIntervention", Change(id, 1, ("title", $"Vinnare {i}")))));

        var winners = payloads.Where(p => ErrorsOf(p).Count == 0).ToList();
        var winner = Assert.Single(winners);
        Assert.Equal(2, winner["intervention"]!["version"]!.GetValue<int>());
        var losers = payloads.Where(p => ErrorsOf(p).Count > 0).ToList();
        Assert.Equal(9, losers.Count);
        Assert.All(losers, p =>
        {
            Assert.Equal("CONFLICT", ErrorsOf(p).Single()!["code"]!.GetValue<string>());
            Assert.Equal(2, ErrorsOf(p).Single()!["currentVersion"]!.GetValue<int>());
        });
        var trail = await _af.PostGraphQLAsync("query($id: ID!) { auditTrail(itemId: $id) { nodes { operation version changes { newValue } } } }", new { id });
        var entries = trail.EnsureNoErrors().Data["auditTrail"]!["nodes"]!.AsArray();
        Assert.Equal(["CREATE", "UPDATE"], entries.Select(e => e!["operation"]!.GetValue<string>()));
        Assert.Equal($"\"{winner["intervention"]!["title"]!.GetValue<string>()}\"", entries[1]!["changes"]![0]!["newValue"]!.GetValue<string>());
    }
}
