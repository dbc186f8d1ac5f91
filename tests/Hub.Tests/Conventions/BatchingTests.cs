using Hub.Tests.Infrastructure;

namespace Hub.Tests.Conventions;

public sealed class BatchingTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private const string Nested = """
        query($n: Int) {
          organisations(first: $n) { totalCount nodes { code materials(first: $n) { totalCount nodes { title owner { code } themes { code } } } } }
          interventions(first: $n) { nodes { title owner { name } targetGroups { code labelSv } partners(first: $n) { totalCount nodes { code } } } }
          statisticsDatasets(first: $n) { nodes { title owner { code } } }
        }
        """;

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
