using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

public sealed class AuditTrailTests(PublishingHub hub) : IClassFixture<PublishingHub>
{
    private const string Trail = """
        query($id: ID!) { auditTrail(itemId: $id) { nodes {
          sequence at subject organisation via operation itemType itemId owner version
          changes { field oldValue newValue } previousHash hash } } }
        """;

    [Fact]
    public async Task EachChangeIsRecordedWithWhoWhatAndEachFieldsOldAndNewValue()
    {
        var anna = hub.CreateClient();
        anna.DefaultRequestHeaders.Authorization = new("Bearer", hub.DevelopmentToken("MIGR", ["publisher"], subject: "anna.andersson@migrationsverket.se"));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var created = await anna.SaveAsync("createMaterial", NewMaterial("audit-1", ("title", "Före"), ("themes", new[] { "HEALTH" })));
        var id = created["id"]!.GetValue<string>();
        await anna.SaveAsync("updateMaterial", Change(id, 1, ("title", "Efter"), ("themes", new[] { "HEALTH", "EQUAL_TREATMENT" }), ("webUrl", "https://www.migrationsverket.se")));
        await anna.SaveAsync("retireMaterial", new { id, expectedVersion = 2 });

        var entries = (await anna.PostGraphQLAsync(Trail, new { id })).EnsureNoErrors().Data["auditTrail"]!["nodes"]!.AsArray();

        Assert.Equal(["CREATE", "UPDATE", "RETIRE"], entries.Select(e => e!["operation"]!.GetValue<string>()));
        Assert.Equal([1, 2, 3], entries.Select(e => e!["version"]!.GetValue<int>()));
        Assert.All(entries, e =>
        {
            Assert.Equal("anna.andersson@migrationsverket.se", e!["subject"]!.GetValue<string>());
            Assert.Equal("MIGR", e["organisation"]!.GetValue<string>());
            Assert.Equal("MIGR", e["owner"]!.GetValue<string>());
            Assert.Equal("API", e["via"]!.GetValue<string>());
            Assert.Equal("CompetenceMaterial", e["itemType"]!.GetValue<string>());
            Assert.Equal(id, e["itemId"]!.GetValue<string>());
            Assert.InRange(e["at"]!.GetValue<DateTimeOffset>(), before, DateTimeOffset.UtcNow.AddSeconds(1));
            Assert.Matches("^[0-9a-f]{64}$", e["hash"]!.GetValue<string>());
        });
        Assert.Equal(Changes(("title", null, "\"Före\""), ("themes", null, "[\"HEALTH\"]")),
            Changes(entries[0]!).Where(c => c.Field is "title" or "themes"));
        Assert.Equal(Changes(("title", "\"Före\"", "\"Efter\""), ("themes", "[\"HEALTH\"]", "[\"EQUAL_TREATMENT\",\"HEALTH\"]"), ("webUrl", null, "\"https://www.migrationsverket.se\"")),
            Changes(entries[1]!));
        Assert.Equal("retiredAt", Assert.Single(Changes(entries[2]!)).Field);
        // Each entry links to the one before it in the whole Hub's chain.
        Assert.True(entries[1]!["sequence"]!.GetValue<int>() > entries[0]!["sequence"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheAuditLogListsAnOrganisationsChangesSinceAnInstant()
    {
        var publisher = hub.CreateClientAs("JAMY", "publisher");
        await publisher.SaveAsync("createMaterial", NewMaterial("log-1"));
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        var later = await publisher.SaveAsync("createIntervention", NewIntervention("log-2"));

        const string Log = "query($since: DateTimeOffset) { auditLog(organisation: \"JAMY\", since: $since) { totalCount nodes { itemId owner } } }";
        var all = (await publisher.PostGraphQLAsync(Log, new { since = (DateTimeOffset?)null })).EnsureNoErrors().Data["auditLog"]!;
        var recent = (await publisher.PostGraphQLAsync(Log, new { since })).EnsureNoErrors().Data["auditLog"]!;

        Assert.Equal(2, all["totalCount"]!.GetValue<int>());
        Assert.All(all["nodes"]!.AsArray(), n => Assert.Equal("JAMY", n!["owner"]!.GetValue<string>()));
        Assert.Equal(later["id"]!.GetValue<string>(), Assert.Single(recent["nodes"]!.AsArray())!["itemId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, null, "UNAUTHENTICATED")]
    [InlineData("FK", "publisher", "FORBIDDEN")]
    [InlineData("FK", "admin", "FORBIDDEN")]
    [InlineData("SOS", "reader", null)]
    [InlineData("AF", "admin", null)]
    public async Task TheAuditTrailIsForTheOwningOrganisationAndTheHubsAdmins(string? organisation, string? role, string? expected)
    {
        var item = await hub.CreateClientAs("SOS", "publisher").SaveAsync("createMaterial", NewMaterial($"audit-access-{organisation}-{role}"));
        var client = organisation is null ? hub.CreateClient() : hub.CreateClientAs(organisation, role!);

        var trail = await client.PostGraphQLAsync("query($id: ID!) { auditTrail(itemId: $id) { totalCount } }", new { id = item["id"]!.GetValue<string>() });
        var log = await client.PostGraphQLAsync("{ auditLog(organisation: \"SOS\") { totalCount } }");

        Assert.Equal(expected, trail.FirstErrorCode);
        Assert.Equal(expected, log.FirstErrorCode);
    }

    private static List<(string Field, string? Old, string? New)> Changes(params (string, string?, string?)[] changes) => [.. changes];

    private static IEnumerable<(string Field, string? Old, string? New)> Changes(JsonNode entry) =>
        entry["changes"]!.AsArray().Select(c => (c!["field"]!.GetValue<string>(), c["oldValue"]?.GetValue<string>(), c["newValue"]?.GetValue<string>()));
}
