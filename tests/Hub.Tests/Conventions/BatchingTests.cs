using Hub.Tests.Infrastructure;

namespace Hub.Tests.Conventions;

public sealed class BatchingTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private const string Nested = """
        query($n: Int) {
          organisations(first: $n) { totalCount nodes { code materials(first: $n) { totalCount nodes { title owner { code } themes { code } } } } }
          interventions(first: $n) { nodes { title targetGroups { code labelSv } partners(first: $n) { totalCount nodes { code } } } }
        }
        """;

    // Loaders answer keys they already hold without SQL, so the query uses each loader once: a shared loader
    // could otherwise save a statement at small sizes only.
    [Fact]
    public async Task StatementCountFollowsTheQueryShapeNotTheNumberOfRows()
    {
        var client = hub.CreateClient();
        await client.PostGraphQLAsync("{ __typename }");
        var counts = new List<int>();
        var rows = new List<int>();
        foreach (var n in new[] { 1, 10, 100 })
        {
            var response = await client.PostGraphQLAsync(Nested, new { n });
            response.EnsureNoErrors();
            rows.Add(response.Body.Split("\"title\"").Length);
            counts.Add(int.Parse(response.Http.Headers.GetValues("X-Hub-Sql-Statements").Single()));
        }
        Assert.True(rows[2] > rows[1] && rows[1] > rows[0], $"rows per size: {string.Join(", ", rows)}");
        Assert.All(counts, c => Assert.Equal(counts[0], c));
    }
}
