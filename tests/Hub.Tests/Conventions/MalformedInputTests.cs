using System.Buffers.Text;
using System.Text;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Conventions;

/// <summary>
/// Nothing a client sends is ever an internal error: malformed cursors, ids and oversized lists on every list field
/// come back with their own code and the argument they came in.
/// </summary>
public sealed class MalformedInputTests(DemoHub hub) : IClassFixture<DemoHub>
{
    // Every list the schema offers, with a cursor variable $c in `after` (or `before`).
    public static TheoryData<string> Lists =>
    [
        "materials(after: $c) { totalCount }",
        "materials(after: $c, orderBy: { field: UPDATED_AT, direction: DESC }) { totalCount }",
        "materials(last: 2, before: $c) { totalCount }",
        "interventions(after: $c) { totalCount }",
        "statisticsDatasets(after: $c) { totalCount }",
        "organisations(after: $c) { totalCount }",
        "vocabulary(scheme: THEME, after: $c) { totalCount }",
        "search(query: \"bemötande\", after: $c) { totalCount }",
        "organisation(code: \"AF\") { materials(after: $c) { totalCount } interventions(after: $c) { totalCount } }",
        "materials(first: 1) { nodes { themes(after: $c) { totalCount } } }",
        "statisticsDatasets(first: 1) { nodes { cells(after: $c) { totalCount } dimensions(after: $c) { totalCount } } }",
        "auditLog(organisation: \"AF\", after: $c) { totalCount }",
    ];

    // Well-formed base64url whose payload is not a cursor of that ordering, and plain garbage.
    private static readonly string[] Cursors =
    [
        Encode("[\"TITLE\",\"a\",\"x\"]"), Encode("[\"TITLE\",{},1]"), Encode("[1,2,3]"), Encode("{}"), Encode("\"x\""),
        Encode("[\"TITLE\",\"a\",1.5]"), Encode("[\"UPDATED_AT\",\"not a date\",1]"), Encode("[\"TITLE\",\"a\",1,2]"),
        Encode(new string('[', 200) + new string(']', 200)), Encode("[\"TABLE_ORDER\",\"x\",0]"), Encode("[\"SEQUENCE\",null,1]"),
        Encode("[\"TITLE\",null,1]"), Encode("[\"UPDATED_AT\",12,1]"), Encode("[\"TITLE\",\"a\",99999999999]"), "%%%", "", new string('A', 300),
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task AMalformedCursorIsInvalidCursorOnEveryList(string list)
    {
        var client = hub.CreateClientAs("AF", "admin");
        foreach (var cursor in Cursors)
        {
            var response = await client.PostGraphQLAsync($"query($c: String) {{ {list} }}", new { c = cursor });

            Assert.True(response.Errors is { Count: > 0 } || cursor.Length == 0, $"{cursor}: {response.Body}");
            foreach (var error in response.Errors ?? [])
            {
                var code = error!["extensions"]!["code"]!.GetValue<string>();
                Assert.True(code == "INVALID_CURSOR", $"{list} with {cursor}: {response.Body}");
                Assert.Contains(error["extensions"]!["argument"]!.GetValue<string>(), new[] { "after", "before" });
            }
        }
    }

    [Theory]
    [InlineData("query($v: [String!]) { materials(filter: { themes: $v }) { totalCount } }", "MaterialFilter.themes")]
    [InlineData("query($v: [String!]) { interventions(filter: { counties: $v }) { totalCount } }", "InterventionFilter.counties")]
    [InlineData("query($v: [String!]) { organisations(filter: { codes: $v }) { totalCount } }", "OrganisationFilter.codes")]
    [InlineData("query($v: [String!]) { statisticsDatasets(filter: { referencePeriods: $v }) { totalCount } }", "StatisticsDatasetFilter.referencePeriods")]
    [InlineData("query($v: [String!]) { coverage(kind: MATERIAL, dimension: THEME, organisations: { codes: $v }) { cells { count } } }", "OrganisationFilter.codes")]
    [InlineData("query($v: [ID!]!) { nodes(ids: $v) { id } }", "ids")]
    public async Task AnOversizedListIsRefusedAtOnceNamingTheField(string query, string field)
    {
        // A publisher: the callers whose body may be large enough to hold 100 000 values.
        var response = await hub.CreateClientAs("AF", "publisher").PostGraphQLAsync(query, new { v = Enumerable.Repeat("X", 100_000).ToArray() });

        var error = Assert.Single(response.Errors!)!;
        Assert.Equal("TOO_MANY_VALUES", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(field, error["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(100, error["extensions"]!["limit"]!.GetValue<int>());
        Assert.Equal(100_000, error["extensions"]!["actual"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("query($t: String!) { search(query: $t) { totalCount } }", "query")]
    [InlineData("query($t: String!) { materials(filter: { text: $t }) { totalCount } }", "filter.text")]
    public async Task AnOverlongSearchTextIsRefusedNamingTheField(string query, string field)
    {
        var response = await hub.CreateClientAs("AF").PostGraphQLAsync(query, new { t = string.Concat(Enumerable.Repeat("bemötande ", 51)) });

        var error = Assert.Single(response.Errors!)!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(field, error["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task MalformedIdsAreNoItemNotAnError()
    {
        var client = hub.CreateClient();
        foreach (var id in new[] { "", "%%%", Encode("Material:0"), Encode("Material:-1"), Encode("Material:99999999999"), Encode(":1"), Encode("Nope:1"), new string('A', 1000) })
        {
            var response = await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }", new { id });
            Assert.Null(response.EnsureNoErrors().Data["node"]);
        }
    }

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
