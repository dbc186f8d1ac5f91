using Hub.Tests.Infrastructure;

namespace Hub.Tests.Conventions;

public sealed class BatchingTests(DemoHub hub) : IClassFixture<DemoHub>
{
    // Each document stays under the cost limit at n = 100: nested connections multiply.
    public static TheoryData<string> Documents => new()
    {
        """
        query($n: Int) {
          organisations(first: $n) { totalCount nodes { code materials(first: $n) { totalCount nodes { title owner { code } } } } }
          interventions(first: $n) { nodes { title targetGroups(first: 2) { totalCount nodes { code labelSv } } partners(first: $n) { totalCount nodes { code } } } }
        }
        """,
        """
        query($n: Int) {
          materials(first: $n) { nodes { title themes(first: $n) { totalCount nodes { code } } languages(last: $n) { nodes { code } } } }
        }
        """,
        """
        query($n: Int) {
          interventions(first: $n) { nodes { title developmentAreas(first: $n) { totalCount nodes { code } } counties(first: $n) { nodes { code } } } }
        }
        """,
        """
        query($n: Int) {
          statisticsDatasets(first: $n) { nodes { title dimensions(first: $n) { totalCount nodes { code } } cells(first: $n) { totalCount nodes { count } } } }
        }
        """,
    };

    // Loaders answer keys they already hold without SQL, so the query uses each loader once: a shared loader
    // could otherwise save a statement at small sizes only.
    [Theory]
    [MemberData(nameof(Documents))]
    public async Task StatementCountFollowsTheQueryShapeNotTheNumberOfRows(string document)
    {
        var client = hub.CreateClient();
        await client.PostGraphQLAsync("{ __typename }");
        var counts = new List<int>();
        var rows = new List<int>();
        foreach (var n in new[] { 1, 10, 100 })
        {
            var response = await client.PostGraphQLAsync(document, new { n });
            response.EnsureNoErrors();
            rows.Add(new[] { "\"title\"", "\"code\"", "\"count\"" }.Sum(field => response.Body.Split(field).Length - 1));
            counts.Add(int.Parse(response.Http.Headers.GetValues("X-Hub-Sql-Statements").Single()));
        }
        Assert.True(rows[2] > rows[1] && rows[1] > rows[0], $"rows per size: {string.Join(", ", rows)}");
        Assert.All(counts, c => Assert.Equal(counts[0], c));
    }
}
