using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Conventions;

public sealed class PagingTests
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: ItemOrder) {
          materials(first: $first, after: $after, last: $last, before: $before, orderBy: $order, filter: { owners: ["PAGE"] }) {
            edges { cursor node { id title } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task PagingForwardsWhileRowsAreAddedNeverRepeatsOrSkipsARow()
    {
        using var hub = new PagingHub();
        var client = hub.CreateClient();
        var original = new List<string>();
        for (var i = 0; i < 25; i++) original.Add((await hub.AddMaterialAsync($"M{i:D2}", owner: "PAGE")).Title);

        var seen = new List<string>();
        string? after = null;
        var added = 0;
        while (true)
        {
            var page = (await client.PostGraphQLAsync(Page, new { first = 4, after })).EnsureNoErrors().Data["materials"]!;
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()));
            // Rows land both before and after the cursor between every two pages.
            await hub.AddMaterialAsync($"A{added:D2}", owner: "PAGE");
            await hub.AddMaterialAsync($"Z{added++:D2}", owner: "PAGE");
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        var seenOriginal = seen.Where(t => t.StartsWith('M')).ToList();
        Assert.Equal(original, seenOriginal);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task PagingBackwardsFromTheEndVisitsEveryRowOnceInOrder()
    {
        using var hub = new PagingHub();
        var client = hub.CreateClient();
        var titles = new List<string>();
        for (var i = 0; i < 11; i++) titles.Add((await hub.AddMaterialAsync($"B{i:D2}", owner: "PAGE")).Title);

        var pages = new List<List<string>>();
        string? before = null;
        while (true)
        {
            var page = (await client.PostGraphQLAsync(Page, new { last = 3, before })).EnsureNoErrors().Data["materials"]!;
            pages.Add(page["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()).ToList());
            await hub.AddMaterialAsync($"B{pages.Count:D2}-new", owner: "PAGE");
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()) break;
            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
        }
        var visited = pages.AsEnumerable().Reverse().SelectMany(p => p).Where(t => !t.EndsWith("-new")).ToList();
        Assert.Equal(titles, visited);
    }

    [Fact]
    public async Task TiesInTheOrderAreBrokenByIdSoPagesNeitherRepeatNorSkip()
    {
        using var hub = new PagingHub();
        var client = hub.CreateClient();
        var same = DateTimeOffset.Parse("2025-01-01T00:00:00Z");
        var ids = new List<int>();
        for (var i = 0; i < 7; i++) ids.Add((await hub.AddMaterialAsync("Same title", owner: "PAGE", updatedAt: same)).Id);

        foreach (var order in new object[] { new { field = "TITLE" }, new { field = "UPDATED_AT", direction = "DESC" } })
        {
            var seen = new List<string>();
            string? after = null;
            do
            {
                var page = (await client.PostGraphQLAsync(Page, new { first = 2, after, order })).EnsureNoErrors().Data["materials"]!;
                seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
                after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            } while (after is not null);
            Assert.Equal(7, seen.Distinct().Count());
            Assert.Equal(7, seen.Count);
        }
    }

    [Fact]
    public async Task InvalidCursorsAndOversizedPagesAreClearErrors()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();
        var bad = await client.PostGraphQLAsync("{ materials(after: \"bm90IGEgY3Vyc29y\") { totalCount } }");
        Assert.Equal("INVALID_CURSOR", bad.FirstErrorCode);
        var garbage = await client.PostGraphQLAsync("{ materials(after: \"%%%\") { totalCount } }");
        Assert.Equal("INVALID_CURSOR", garbage.FirstErrorCode);

        var titleCursor = (await client.PostGraphQLAsync("{ materials(first: 1) { pageInfo { endCursor } } }"))
            .Data["materials"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var otherOrder = await client.PostGraphQLAsync("query($c: String) { materials(after: $c, orderBy: { field: UPDATED_AT }) { totalCount } }", new { c = titleCursor });
        Assert.Equal("INVALID_CURSOR", otherOrder.FirstErrorCode);

        var tooMany = await client.PostGraphQLAsync("{ organisation(code: \"AF\") { materials(first: 101) { totalCount } } }");
        Assert.Equal("PAGE_SIZE_EXCEEDED", tooMany.FirstErrorCode);
        Assert.Equal(100, tooMany.Errors![0]!["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(101, tooMany.Errors![0]!["extensions"]!["actual"]!.GetValue<int>());
        Assert.DoesNotContain("   at ", tooMany.Body);
    }

    [Fact]
    public async Task PageSizeDefaultsToTwentyAndTotalCountCoversAllPages()
    {
        using var hub = new HubFactory();
        var response = (await hub.CreateClient().PostGraphQLAsync("{ materials { totalCount nodes { id } pageInfo { hasNextPage } } }")).EnsureNoErrors();
        Assert.Equal(20, response.Data["materials"]!["nodes"]!.AsArray().Count);
        Assert.True(response.Data["materials"]!["totalCount"]!.GetValue<int>() > 20);
        Assert.True(response.Data["materials"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TotalCountIsOnlyComputedWhenAskedFor()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();
        await client.PostGraphQLAsync("{ __typename }");
        var without = await Statements(client, "{ materials(first: 5) { nodes { title } } }");
        var with = await Statements(client, "{ materials(first: 5) { totalCount nodes { title } } }");
        Assert.Equal(without + 1, with);
    }

    internal static async Task<int> Statements(HttpClient client, string query)
    {
        var response = await client.PostGraphQLAsync(query);
        response.EnsureNoErrors();
        return int.Parse(response.Http.Headers.GetValues("X-Hub-Sql-Statements").Single());
    }

    /// <summary>A Hub with an empty organisation PAGE whose materials the paging tests own.</summary>
    private sealed class PagingHub : HubFactory
    {
        public PagingHub()
        {
            this.QueryAsync(async db =>
            {
                db.Organisations.Add(new Hub.Organisations.Organisation { Code = "PAGE", Name = "Paging test organisation", UpdatedAt = DateTimeOffset.UtcNow });
                return await db.SaveChangesAsync();
            }).GetAwaiter().GetResult();
        }
    }
}
