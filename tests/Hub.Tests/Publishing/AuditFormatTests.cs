using System.Text.Json;
using Hub.Audit;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

/// <summary>
/// Audit entries name items in the domain's terms ("material:42"), so a renamed GraphQL type cannot change what new
/// entries are hashed over; chains written before, with GraphQL type names and global ids, still verify.
/// </summary>
public sealed class AuditFormatTests
{
    private static readonly string Fixture = Path.Combine(ImportCommandTests.RepositoryRoot(), "tests", "Hub.Tests", "Publishing", "Fixtures", "audit-before-domain-keys.json");

    [Fact]
    public async Task AChainWrittenBeforeDomainKeysVerifiesBeforeAndAfterNewEntries()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClientAs("AF", "publisher");
        await client.PostGraphQLAsync("{ __typename }");
        await LoadFixtureAsync(hub);

        var (exitBefore, before, _) = await AuditChainTests.VerifyAsync(hub);
        Assert.Equal(0, exitBefore);
        Assert.Contains("intact: 4 entries", before);

        var material = await client.SaveAsync("createMaterial", NewMaterial("after-domain-keys"));
        await client.SaveAsync("updateMaterial", Change(material["id"]!.GetValue<string>(), 1, ("title", "Ny titel")));

        var (exitAfter, after, error) = await AuditChainTests.VerifyAsync(hub);
        Assert.True(exitAfter == 0, error);
        Assert.Contains("intact: 6 entries", after);
    }

    [Fact]
    public async Task NewEntriesAreHashedOverDomainKeysAndShownWithGlobalIds()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClientAs("AF", "publisher");
        await client.PostGraphQLAsync("{ __typename }");
        await LoadFixtureAsync(hub);
        var material = await client.SaveAsync("createMaterial", NewMaterial("domain-keys"));
        var id = material["id"]!.GetValue<string>();

        var stored = await hub.QueryAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("material", stored.ItemType);
        Assert.StartsWith("material:", stored.ItemId);
        Assert.DoesNotContain("CompetenceMaterial", AuditHash.Canonical(stored));

        var log = (await client.PostGraphQLAsync("{ auditLog(organisation: \"AF\") { nodes { itemType itemId } } }")).EnsureNoErrors()
            .Data["auditLog"]!["nodes"]!.AsArray();
        Assert.All(log, n => Assert.Equal("CompetenceMaterial", n!["itemType"]!.GetValue<string>()));
        Assert.Equal(id, log[^1]!["itemId"]!.GetValue<string>());
        // The trail reads both forms: the new entry and any the fixture holds for the same id.
        using var fixture = JsonDocument.Parse(await File.ReadAllTextAsync(Fixture));
        var older = fixture.RootElement.GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("ItemId").GetString() == id);
        var trail = (await client.PostGraphQLAsync("query($id: ID!) { auditTrail(itemId: $id) { totalCount nodes { itemId } } }", new { id })).EnsureNoErrors();
        Assert.Equal(1 + older, trail.Data["auditTrail"]!["totalCount"]!.GetValue<int>());
        Assert.All(trail.Data["auditTrail"]!["nodes"]!.AsArray(), n => Assert.Equal(id, n!["itemId"]!.GetValue<string>()));
    }

    // The fixture's entries as they were stored, and the head record that goes with them.
    private static async Task LoadFixtureAsync(HubFactory hub)
    {
        using var fixture = JsonDocument.Parse(await File.ReadAllTextAsync(Fixture));
        var statements = new List<string>();
        foreach (var entry in fixture.RootElement.GetProperty("entries").EnumerateArray())
        {
            var values = string.Join(", ", entry.EnumerateObject().Select(p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => "NULL",
                JsonValueKind.Number => p.Value.GetRawText(),
                _ => "'" + p.Value.GetString()!.Replace("'", "''") + "'",
            }));
            statements.Add($"""INSERT INTO "AuditEntries" ({string.Join(", ", entry.EnumerateObject().Select(p => $"\"{p.Name}\""))}) VALUES ({values});""");
        }
        var head = fixture.RootElement.GetProperty("head").GetString();
        statements.Add($"""DELETE FROM "Settings" WHERE "Key" = '{AuditAppender.HeadKey}';""");
        statements.Add($"""INSERT INTO "Settings" ("Key", "Value") VALUES ('{AuditAppender.HeadKey}', '{head}');""");
        await AuditChainTests.ExecuteAsync(hub, string.Join("\n", statements));
    }
}
