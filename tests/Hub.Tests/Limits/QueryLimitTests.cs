using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Limits;

/// <summary>Hostile documents are refused before execution, with the limit and the actual value, and touch no table.</summary>
public sealed class QueryLimitTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Fact]
    public async Task DepthBombIsRefusedBeforeExecution()
    {
        var query = "{ organisation(code: \"AF\") { " + string.Concat(Enumerable.Repeat("materials { nodes { owner { ", 8))
            + "code" + new string('}', 8 * 3) + " } }";
        await AssertRefused(query, "MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task AliasBombIsRefused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $"a{i}: organisation(code: \"AF\") {{ code }}")) + " }";
        await AssertRefused(query, "MAX_ALIASES_EXCEEDED", expectedActual: 300);
    }

    [Fact]
    public async Task FragmentCycleIsRefusedWithoutHanging()
    {
        const string query = """
            query { organisation(code: "AF") { ...A } }
            fragment A on Organisation { code materials { nodes { owner { ...B } } } }
            fragment B on Organisation { name materials { nodes { owner { ...A } } } }
            """;
        var response = await _client.PostGraphQLAsync(query);
        Assert.Equal(400, response.Status);
        Assert.Contains(response.Errors!, e => e!["message"]!.GetValue<string>().Contains("A", StringComparison.Ordinal));
        Assert.Null(response.Json!["data"]);
    }

    [Fact]
    public async Task NestedConnectionsWithLargePagesAreRefusedByCost()
    {
        const string query = """
            { organisations(first: 100) { nodes { materials(first: 100) { nodes { owner { materials(first: 100) { nodes { title } } } } } } } }
            """;
        await AssertRefused(query, "MAX_COST_EXCEEDED");
    }

    [Fact]
    public async Task CostCountsPageSizesGivenAsVariables()
    {
        const string query = "query($n: Int) { organisations(first: $n) { nodes { materials(first: $n) { nodes { owner { materials(first: $n) { nodes { title } } } } } } } }";
        var small = await _client.PostGraphQLAsync(query, new { n = 2 });
        small.EnsureNoErrors();
        var large = await _client.PostGraphQLAsync(query, new { n = 100 });
        Assert.Equal("MAX_COST_EXCEEDED", large.FirstErrorCode);
    }

    [Fact]
    public async Task TenMegabyteBodyGets413()
    {
        var body = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('x', 10 * 1024 * 1024) + "\"}}";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await _client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var parsed = await GraphQLResponse.ReadAsync(response);
        Assert.Equal("REQUEST_TOO_LARGE", parsed.FirstErrorCode);
    }

    [Fact]
    public async Task IntrospectionStaysAllowed()
    {
        var response = await _client.PostGraphQLAsync(IntrospectionQuery);
        response.EnsureNoErrors();
        Assert.NotEmpty(response.Data["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task EachResponseReportsItsCost()
    {
        var response = await _client.PostGraphQLAsync("{ materials(first: 10) { nodes { title owner { code } } } }");
        var nested = await _client.PostGraphQLAsync("{ organisations(first: 3) { nodes { materials(first: 4) { nodes { title } } } } }");
        Assert.Equal(3 + 3 * 4, nested.EnsureNoErrors().Json!["extensions"]!["cost"]!["requested"]!.GetValue<long>());
        var cost = response.EnsureNoErrors().Json!["extensions"]!["cost"]!;
        Assert.Equal(10, cost["requested"]!.GetValue<long>()); // one connection of 10 items
        Assert.Equal(cost["requested"]!.GetValue<long>().ToString(), response.Http.Headers.GetValues("X-Hub-Cost").Single());
    }

    private async Task AssertRefused(string query, string code, long? expectedActual = null)
    {
        await _client.PostGraphQLAsync("{ __typename }");
        var response = await _client.PostGraphQLAsync(query);
        Assert.Equal(400, response.Status);
        var error = response.Errors!.First(e => e!["extensions"]?["code"]?.GetValue<string>() == code)!;
        Assert.True(error["extensions"]!["limit"]!.GetValue<long>() < error["extensions"]!["actual"]!.GetValue<long>());
        if (expectedActual is { } actual) Assert.Equal(actual, error["extensions"]!["actual"]!.GetValue<long>());
        Assert.Equal("0", response.Http.Headers.GetValues("X-Hub-Sql-Statements").Single());
    }

    internal const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
