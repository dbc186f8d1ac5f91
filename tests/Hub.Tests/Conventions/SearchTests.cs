using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Conventions;

public sealed class SearchTests
{
    private const string Search = """
        query($q: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
          search(query: $q, kinds: $kinds, first: $first, after: $after) {
            totalCount
            edges { cursor node { kind rank snippet { text highlights { start length } }
              item { __typename ... on CompetenceMaterial { title } ... on Intervention { title } ... on StatisticsDataset { title } } } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task SwedishWordFormsAndCaseAreFound()
    {
        using var hub = new HubFactory();
        await hub.AddMaterialAsync("Xyzzy Bemötande för handläggare");
        await hub.AddMaterialAsync("Xyzzy guide", description: "Om bemötandet i mötet med sökande.");
        await hub.AddMaterialAsync("Xyzzy bemotande utan prickar");
        var titles = await Titles(hub, "xyzzy bemötande");
        Assert.Equal(["Xyzzy Bemötande för handläggare", "Xyzzy guide"], titles.Order());
    }

    [Fact]
    public async Task TitleMatchesRankAboveTextMatchesAndSnippetsMarkTheMatch()
    {
        using var hub = new HubFactory();
        await hub.AddMaterialAsync("Plugh in the title", description: "Nothing else here.");
        await hub.AddMaterialAsync("Another guide", description: "Long text that mentions plugh once among many other words about other things entirely.");
        var response = (await hub.CreateClient().PostGraphQLAsync(Search, new { q = "plugh" })).EnsureNoErrors();
        var edges = response.Data["search"]!["edges"]!.AsArray();
        Assert.Equal("Plugh in the title", edges[0]!["node"]!["item"]!["title"]!.GetValue<string>());
        Assert.True(edges[0]!["node"]!["rank"]!.GetValue<double>() > edges[1]!["node"]!["rank"]!.GetValue<double>());
        var snippet = edges[1]!["node"]!["snippet"]!;
        var text = snippet["text"]!.GetValue<string>();
        var range = snippet["highlights"]![0]!;
        Assert.Equal("plugh", text.Substring(range["start"]!.GetValue<int>(), range["length"]!.GetValue<int>()));
    }

    [Fact]
    public async Task SearchWithoutHitsIsAnEmptyConnection()
    {
        using var hub = new HubFactory();
        var response = (await hub.CreateClient().PostGraphQLAsync(Search, new { q = "qwertyuiopasdf" })).EnsureNoErrors();
        Assert.Equal(0, response.Data["search"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(response.Data["search"]!["edges"]!.AsArray());
        var operators = (await hub.CreateClient().PostGraphQLAsync(Search, new { q = "\" OR * NEAR( -" })).EnsureNoErrors();
        Assert.Empty(operators.Data["search"]!["edges"]!.AsArray());
    }

    [Fact]
    public async Task KindsNarrowTheSearchAndPagingCoversEveryHitOnce()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();
        var onlyInterventions = (await client.PostGraphQLAsync(Search, new { q = "bemötande", kinds = new[] { "INTERVENTION" }, first = 100 })).EnsureNoErrors();
        Assert.All(onlyInterventions.Data["search"]!["edges"]!.AsArray(), e => Assert.Equal("INTERVENTION", e!["node"]!["kind"]!.GetValue<string>()));

        var all = (await client.PostGraphQLAsync(Search, new { q = "bemötande", first = 100 })).EnsureNoErrors().Data["search"]!;
        var total = all["totalCount"]!.GetValue<int>();
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.PostGraphQLAsync(Search, new { q = "bemötande", first = 3, after })).EnsureNoErrors().Data["search"]!;
            paged.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["item"]!["title"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);
        Assert.True(total > 3);
        Assert.Equal(total, paged.Count);
        Assert.Equal(all["edges"]!.AsArray().Select(e => e!["node"]!["item"]!["title"]!.GetValue<string>()), paged);
    }

    [Fact]
    public async Task TheIndexFollowsInsertsUpdatesAndDeletes()
    {
        using var hub = new HubFactory();
        var material = await hub.AddMaterialAsync("Frobnicate handbook");
        Assert.Equal(["Frobnicate handbook"], await Titles(hub, "frobnicate"));
        await hub.QueryAsync(async db =>
        {
            var row = await db.Materials.SingleAsync(m => m.Id == material.Id);
            row.Title = "Renamed handbook";
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await Titles(hub, "frobnicate"));
        Assert.Equal(["Renamed handbook"], await Titles(hub, "renamed handbook"));
        await hub.QueryAsync(db => db.Materials.Where(m => m.Id == material.Id).ExecuteDeleteAsync());
        Assert.Empty(await Titles(hub, "renamed"));
    }

    private static async Task<List<string>> Titles(HubFactory hub, string query)
    {
        var response = (await hub.CreateClient().PostGraphQLAsync(Search, new { q = query, first = 100 })).EnsureNoErrors();
        return response.Data["search"]!["edges"]!.AsArray().Select(e => e!["node"]!["item"]!["title"]!.GetValue<string>()).ToList();
    }
}
