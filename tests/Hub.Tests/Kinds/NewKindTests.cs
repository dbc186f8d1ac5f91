using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Kinds;
using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Kinds;

/// <summary>A Hub with one more kind than the Hub ships: the test's guides, registered by one line.</summary>
public sealed class GuideHub : HubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddKind<GuideDescriptor>()
            .AddTransient<GuideType>().AddTransient<GuideConnectionType>().AddTransient<GuideFilterInputType>()
            // The Hub's migrations do not create the guides' table (a real kind brings its own migration): the test does.
            .ConfigureDbContext<HubDbContext>(options => options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))));
    }

    /// <summary>Creates the guides' table and search triggers, as the kind's migration would.</summary>
    public async Task CreateTableAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDbContext>().Database.ExecuteSqlRawAsync(Guide.SqliteTable);
    }
}

/// <summary>
/// Adding a kind touches no shared code (issue 13): a kind registered only in this test is listed, resolved by
/// node, found by search, imported, created by its mutation and has an audit trail, through the real pipeline.
/// </summary>
public sealed class NewKindTests : IAsyncLifetime
{
    private readonly GuideHub _hub = new();

    public async Task InitializeAsync()
    {
        // The test's table and triggers are written for SQLite; in the PostgreSQL pass the tests are skipped.
        if (TestDatabase.IsPostgres) return;
        _hub.CreateClient().Dispose();
        await _hub.CreateTableAsync();
    }

    public Task DisposeAsync()
    {
        _hub.Dispose();
        return Task.CompletedTask;
    }

    [SqliteFact]
    public async Task AKindRegisteredByATestIsImportedListedResolvedAndSearched()
    {
        var publisher = _hub.CreateClientAs("AF", "publisher");
        var imported = await publisher.PostGraphQLAsync("""
            mutation($content: String!) {
              importInventory(input: { kind: GUIDES, format: CSV, content: $content }) { kind applied created rows { itemId } errors { message } }
            }
            """, new { content = "externalId,titel,synlighet\nG-1,Vägledning om likvärdigt bemötande,PUBLIC\nG-2,Intern checklista,OWNER\n" });
        var import = imported.EnsureNoErrors().Data["importInventory"]!;
        Assert.Equal("GUIDES", import["kind"]!.GetValue<string>());
        Assert.True(import["applied"]!.GetValue<bool>(), import.ToJsonString());
        Assert.Equal(2, import["created"]!.GetValue<int>());
        var publicId = import["rows"]![0]!["itemId"]!.GetValue<string>();
        var ownerOnlyId = import["rows"]![1]!["itemId"]!.GetValue<string>();

        var anonymous = _hub.CreateClient();
        var node = await anonymous.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Guide { title } } }",
            new { ids = new[] { publicId, ownerOnlyId } });
        var nodes = node.EnsureNoErrors().Data["nodes"]!.AsArray();
        Assert.Equal("Guide", nodes[0]!["__typename"]!.GetValue<string>());
        Assert.Equal("Vägledning om likvärdigt bemötande", nodes[0]!["title"]!.GetValue<string>());
        Assert.Null(nodes[1]); // visible to its owner only

        var search = await anonymous.PostGraphQLAsync("""
            { search(query: "bemötande", kinds: [GUIDE]) { nodes { kind item { __typename ... on Guide { id } } } } }
            """);
        var hits = search.EnsureNoErrors().Data["search"]!["nodes"]!.AsArray();
        var hit = Assert.Single(hits);
        Assert.Equal("GUIDE", hit!["kind"]!.GetValue<string>());
        Assert.Equal(publicId, hit["item"]!["id"]!.GetValue<string>());

        var everywhere = await anonymous.PostGraphQLAsync("""{ search(query: "bemötande") { nodes { kind } } }""");
        Assert.Contains(everywhere.EnsureNoErrors().Data["search"]!["nodes"]!.AsArray(), h => h!["kind"]!.GetValue<string>() == "GUIDE");

        var lists = await publisher.PostGraphQLAsync("""
            { guides { totalCount } organisation(code: "AF") { guides(filter: { text: "checklista" }) { nodes { id } } } }
            """);
        Assert.Equal(2, lists.EnsureNoErrors().Data["guides"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(ownerOnlyId, lists.Data["organisation"]!["guides"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    [SqliteFact]
    public async Task AKindRegisteredByATestHasMutationsAndAnAuditTrail()
    {
        var publisher = _hub.CreateClientAs("MIGR", "publisher");
        var created = await publisher.PostGraphQLAsync("""
            mutation { createGuide(input: { title: "Vägledning för handläggare", visibility: PUBLIC }) { guide { id version } errors { code message } } }
            """);
        var guide = created.EnsureNoErrors().Data["createGuide"]!["guide"]!;
        var id = guide["id"]!.GetValue<string>();
        var retired = await publisher.PostGraphQLAsync("mutation($id: ID!) { retireGuide(input: { id: $id, expectedVersion: 1 }) { guide { version } } }",
            new { id });
        Assert.Equal(2, retired.EnsureNoErrors().Data["retireGuide"]!["guide"]!["version"]!.GetValue<int>());

        var trail = await publisher.PostGraphQLAsync("query($id: ID!) { auditTrail(itemId: $id) { nodes { itemType itemId operation } } }", new { id });
        var entries = trail.EnsureNoErrors().Data["auditTrail"]!["nodes"]!.AsArray();
        Assert.Equal(["CREATE", "RETIRE"], entries.Select(e => e!["operation"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(("Guide", id), (e!["itemType"]!.GetValue<string>(), e["itemId"]!.GetValue<string>())));
        var stored = await _hub.AuditEntriesOfAsync(id);
        Assert.All(stored, e => Assert.StartsWith("guide:", e.ItemId));
    }

    [SqliteFact]
    public async Task TheHubsOwnSchemaDoesNotHaveTheTestsKind()
    {
        using var plain = new HubFactory();
        var response = await plain.CreateClient().PostGraphQLAsync("""{ __type(name: "Guide") { name } }""");
        Assert.Null(response.EnsureNoErrors().Data["__type"]);
        var withGuides = await _hub.CreateClient().PostGraphQLAsync("""{ __type(name: "Guide") { name } }""");
        Assert.Equal("Guide", withGuides.EnsureNoErrors().Data["__type"]!["name"]!.GetValue<string>());
    }
}
