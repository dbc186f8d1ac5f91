using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Limits;

/// <summary>
/// Every shape of request an attacker found to cost seconds or minutes, sent through the real pipeline at sizes close
/// to the body limit (64 KiB for readers, 4 MiB for publishers) or just under the document limits: each is refused with
/// its own code before validation could spend time on it, and touches no table. CPU per request is measured in
/// bench/ and reported in docs/security.md, never timed here.
/// </summary>
public sealed class HostileDocumentTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private const int AnonymousBody = 64 * 1024;
    private const int AuthenticatedBody = 4 * 1024 * 1024;

    public static TheoryData<string> Shapes => [.. Hostile.Keys];

    private static readonly Dictionary<string, (Func<string> Body, bool WithToken, int Status, string Code)> Hostile = new()
    {
        // Fragments that each spread the next twice: 2^30 fields if expanded.
        ["fragments doubling 30 levels"] = (() => Query(Doubling(30)), false, 400, "MAX_DEPTH_EXCEEDED"),
        ["fragments doubling 11 levels"] = (() => Query(Doubling(11)), false, 400, "MAX_FIELDS_EXCEEDED"),
        ["a chain of 800 fragments"] = (() => Query("{ ...F0 }\n" + string.Concat(Enumerable.Range(0, 800).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}\n")) + "fragment F800 on Query { __typename }"),
            false, 400, "MAX_DEPTH_EXCEEDED"),
        ["a chain of 100 fragments"] = (() => Query("{ ...F0 }\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}\n")) + "fragment F100 on Query { __typename }"),
            false, 400, "MAX_DEPTH_EXCEEDED"),
        ["20 000 __typename, anonymous"] = (() => Query("{" + Repeat(" __typename", 20_000) + " }"), false, 413, "REQUEST_TOO_LARGE"),
        ["20 000 __typename, with a token"] = (() => Query("{" + Repeat(" __typename", 20_000) + " }"), true, 400, "MAX_DOCUMENT_LENGTH_EXCEEDED"),
        ["2 500 __typename"] = (() => Query("{" + Repeat(" __typename", 2_500) + " }"), false, 400, "MAX_NODES_EXCEEDED"),
        ["401 __typename"] = (() => Query("{" + Repeat(" __typename", 401) + " }"), false, 400, "MAX_FIELDS_EXCEEDED"),
        ["31 aliases of __typename"] = (() => Query("{" + string.Concat(Enumerable.Range(0, 31).Select(i => $" a{i}: __typename")) + " }"), false, 400, "MAX_ALIASES_EXCEEDED"),
        ["nesting past the parser"] = (() => Query("{" + Repeat(" organisations { nodes {", 60) + " code" + Repeat(" } }", 60) + " }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        ["inline fragments past the parser"] = (() => Query("{" + Repeat(" ... on Query {", 1000) + " __typename" + Repeat(" }", 1000) + " }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        ["an input object nested past the parser"] = (() => Query("{ materials(filter: " + Repeat("{ text: ", 100) + "\"a\"" + Repeat(" }", 100) + ") { totalCount } }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        ["introspection lists nested 4 deep"] = (() => Query("{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        ["11 directives on one field"] = (() => Query("{ __typename" + Repeat(" @skip(if: false)", 11) + " }"), false, 400, "MAX_NODES_EXCEEDED"),
        ["3 500 directives on one field"] = (() => Query("{ __typename" + Repeat(" @skip(if: false)", 3_500) + " }"), false, 400, "MAX_DOCUMENT_LENGTH_EXCEEDED"),
        ["21 arguments on one field"] = (() => Query("{ organisation(code: \"AF\"" + string.Concat(Enumerable.Range(0, 20).Select(i => $", a{i}: 1")) + ") { code } }"), false, 400, "MAX_NODES_EXCEEDED"),
        ["101 variable definitions"] = (() => Query("query(" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"$v{i}: Int")) + ") { __typename }"), false, 400, "MAX_NODES_EXCEEDED"),
        ["200 000 variables sent"] = (() => Body("{ __typename }", "{" + string.Join(",", Enumerable.Range(0, 200_000).Select(i => $"\"v{i}\":1")) + "}"), true, 400, "MAX_NODES_EXCEEDED"),
        ["a literal list of 1 500 values"] = (() => Query("{ materials(filter: { themes: [" + string.Join(",", Enumerable.Repeat("\"X\"", 1_500)) + "] }) { totalCount } }"), false, 400, "MAX_NODES_EXCEEDED"),
        ["a literal list of 101 values"] = (() => Query("{ materials(filter: { themes: [" + string.Join(",", Enumerable.Repeat("\"X\"", 101)) + "] }) { totalCount } }"), false, 400, "TOO_MANY_VALUES"),
        ["a variable list of 100 000 values"] = (() => Body("query($t: [String!]) { materials(filter: { themes: $t }) { totalCount } }", "{\"t\":[" + string.Join(",", Enumerable.Repeat("\"X\"", 100_000)) + "]}"), true, 400, "TOO_MANY_VALUES"),
        ["a variable list of 1 300 000 items"] = (() => Body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "{\"ids\":[" + string.Join(",", Enumerable.Repeat("0", 1_300_000)) + "]}"), true, 400, "TOO_MANY_VALUES"),
        ["101 ids for nodes"] = (() => Body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 101)) + "]}"), false, 400, "TOO_MANY_VALUES"),
        ["60 unknown fields far into the text"] = (() => Query(new string(' ', 20_000) + "{" + string.Concat(Enumerable.Range(0, 60).Select(i => $" x{i}")) + " }"), false, 400, "MAX_ERRORS_EXCEEDED"),
        ["an integer of 4 million digits"] = (() => Body("query($n: Int) { materials(first: $n) { totalCount } }", "{\"n\":" + new string('9', AuthenticatedBody - 200) + "}"), true, 400, "INVALID_JSON"),
        ["an integer of 60 000 digits"] = (() => Body("query($n: Int) { materials(first: $n) { totalCount } }", "{\"n\":" + new string('9', AnonymousBody - 200) + "}"), false, 400, "INVALID_JSON"),
        ["an integer literal of 30 000 digits"] = (() => Query("{ materials(first: " + new string('9', 30_000) + ") { totalCount } }"), false, 400, "ARGUMENTS_OF_CORRECT_TYPE"),
        ["lists nested 10 000 deep in variables"] = (() => Body("query($t: [String!]) { materials(filter: { themes: $t }) { totalCount } }", "{\"t\":" + new string('[', 10_000) + new string(']', 10_000) + "}"), false, 400, "INVALID_JSON"),
        ["a document of 4 MB"] = (() => Query("{ organisation(code: \"" + new string('x', AuthenticatedBody - 200) + "\") { code } }"), true, 400, "MAX_DOCUMENT_LENGTH_EXCEEDED"),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task HostileRequestIsRefusedWithItsCodeBeforeTouchingTheDatabase(string shape)
    {
        var (body, withToken, status, code) = Hostile[shape];
        await PostAsync(Query("{ __typename }"), withToken: false); // the Hub has read its vocabulary
        var response = await PostAsync(body(), withToken);

        Assert.True(status == response.Status, $"{shape}: {response.Status} {Excerpt(response.Body)}");
        Assert.True(response.Errors?.Any(e => e!["extensions"]?["code"]?.GetValue<string>() == code) == true, $"{shape}: {Excerpt(response.Body)}");
        Assert.Null(response.Json!["data"]);
        Assert.DoesNotContain("correlationId", response.Body);
        if (response.Http.Headers.TryGetValues("X-Hub-Sql-Statements", out var statements)) Assert.Equal("0", statements.Single());
    }

    [Fact]
    public async Task AReaderTokenGetsTheSmallBodyLimit()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(Body("query($c: String!) { organisation(code: $c) { code } }", JsonSerializer.Serialize(new { c = new string('x', 100_000) })), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", hub.TokenFor("AF", "reader"));

        var response = await GraphQLResponse.ReadAsync(await hub.CreateClient().SendAsync(request));

        Assert.Equal(413, response.Status);
        Assert.Equal(64 * 1024, response.Errors![0]!["extensions"]!["limit"]!.GetValue<long>());
    }

    [Fact]
    public async Task LimitErrorsCarryTheLimitAndTheActualValue()
    {
        var response = await PostAsync(Query("{" + Repeat(" __typename", 401) + " }"), withToken: false);

        var extensions = response.Errors!.Single()!["extensions"]!;
        Assert.Equal(400, extensions["limit"]!.GetValue<long>());
        Assert.Equal(401, extensions["actual"]!.GetValue<long>());
    }

    [Fact]
    public async Task ALongStringInAVariableIsAnsweredNotRefused()
    {
        var response = await PostAsync(Body("query($c: String!) { organisation(code: $c) { code } }", JsonSerializer.Serialize(new { c = new string('x', AuthenticatedBody - 500) })), withToken: true);

        Assert.Null(response.EnsureNoErrors().Data["organisation"]);
    }

    [Fact]
    public async Task TheStandardIntrospectionQueryAndFragmentsWithinTheLimitsStillRun()
    {
        (await PostAsync(Query(QueryLimitTests.IntrospectionQuery), withToken: false)).EnsureNoErrors();
        var doubled = await PostAsync(Query(Doubling(5)), withToken: false);
        Assert.Equal("Query", doubled.EnsureNoErrors().Data["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task GraphiQLsIntrospectionQueryRuns()
    {
        // As GraphiQL 3.9 sends it: nine levels of ofType in a fragment on __Type, which alone is deeper than MaxDepth.
        var typeRef = "kind name " + Repeat("ofType { kind name ", 9) + Repeat("} ", 9);
        var query = $$"""
            query IntrospectionQuery { __schema { description queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } } }
            fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { {{typeRef}} }
            """;

        var response = await PostAsync(Query(query), withToken: false);

        Assert.NotEmpty(response.EnsureNoErrors().Data["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task TheValidationErrorBudgetReportsTheFirstErrors()
    {
        var response = await PostAsync(Query("{" + string.Concat(Enumerable.Range(0, 60).Select(i => $" x{i}")) + " }"), withToken: false);

        var error = response.Errors!.Single()!;
        Assert.Equal("MAX_ERRORS_EXCEEDED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("x0", error["message"]!.GetValue<string>());
        Assert.Equal(50, error["extensions"]!["errors"]!.AsArray().Count);
    }

    private async Task<GraphQLResponse> PostAsync(string body, bool withToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        // A publisher's token: the callers allowed the large body limit.
        if (withToken) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", hub.TokenFor("AF", "publisher"));
        return await GraphQLResponse.ReadAsync(await hub.CreateClient().SendAsync(request));
    }

    private static string Doubling(int levels) =>
        "{ ...F0 }\n" + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n"))
        + $"fragment F{levels} on Query {{ __typename }}";

    private static string Query(string query) => JsonSerializer.Serialize(new { query });

    private static string Body(string query, string variablesJson) => $"{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variablesJson}}}";

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Excerpt(string body) => body.Length > 400 ? body[..400] : body;
}
