using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Transport;

/// <summary>The rules of the GraphQL-over-HTTP specification, each through the real pipeline.</summary>
public sealed class GraphQLOverHttpTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpClient _client = hub.CreateClient();

    [Fact]
    public async Task PostWithJsonAnswersInGraphQLResponseJsonByDefault()
    {
        var response = await Post("""{"query":"{ organisation(code: \"AF\") { code } }"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task ClientAcceptingOnlyJsonGetsApplicationJson()
    {
        var response = await Post("""{"query":"{ organisation(code: \"AF\") { code } }"}""", accept: "application/json");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClientAcceptingNeitherJsonTypeGets406()
    {
        var response = await Post("""{"query":"{ __typename }"}""", accept: "text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task BodyThatIsNotJsonIsABadRequestWithAGraphQLErrorBody()
    {
        var response = await Post("{ this is not json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        var body = await Infrastructure.GraphQLResponse.ReadAsync(response);
        Assert.Equal("INVALID_JSON", body.FirstErrorCode);
    }

    [Fact]
    public async Task DocumentThatDoesNotParseIsABadRequest()
    {
        var response = await Infrastructure.GraphQLResponse.ReadAsync(await Post("""{"query":"{ organisations { "}"""));
        Assert.Equal(400, response.Status);
        Assert.Equal("SYNTAX_ERROR", response.FirstErrorCode);
        Assert.Null(response.Json!["data"]);
    }

    [Fact]
    public async Task DocumentThatDoesNotValidateIsABadRequestNamingTheField()
    {
        var response = await Infrastructure.GraphQLResponse.ReadAsync(await Post("""{"query":"{ organisations { nodes { shoeSize } } }"}"""));
        Assert.Equal(400, response.Status);
        Assert.Contains("shoeSize", response.Errors![0]!["message"]!.GetValue<string>());
        Assert.NotNull(response.FirstErrorCode);
    }

    [Fact]
    public async Task ValidationErrorUnderApplicationJsonKeeps200AsTheSpecificationAsks()
    {
        var response = await Post("""{"query":"{ nothingHere }"}""", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnsupportedRequestMediaTypeGets415()
    {
        var response = await Post("query { __typename }", contentType: "application/graphql");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await Infrastructure.GraphQLResponse.ReadAsync(response)).FirstErrorCode);
    }

    [Fact]
    public async Task GetRunsAQueryWithVariablesAndOperationName()
    {
        var query = Uri.EscapeDataString("query A { a: __typename } query B($code: String!) { organisation(code: $code) { name } }");
        var variables = Uri.EscapeDataString("""{"code":"JAMY"}""");
        var response = await Infrastructure.GraphQLResponse.ReadAsync(await _client.GetAsync($"/graphql?query={query}&variables={variables}&operationName=B"));
        Assert.Equal(200, response.Status);
        Assert.Equal("Jämställdhetsmyndigheten", response.EnsureNoErrors().Data["organisation"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task MutationOverGetIsRefusedWith405AndAllowPost()
    {
        var query = Uri.EscapeDataString("mutation { __typename }");
        var response = await _client.GetAsync($"/graphql?query={query}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task OtherMethodsAreRefusedWith405()
    {
        var response = await _client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task VariablesThatAreNotAnObjectAreABadRequest()
    {
        var response = await Post("""{"query":"{ __typename }","variables":[1,2]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task MissingQueryIsABadRequest()
    {
        var response = await Post("""{"variables":{}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_REQUEST", (await Infrastructure.GraphQLResponse.ReadAsync(response)).FirstErrorCode);
    }

    [Fact]
    public async Task OperationNameChoosesTheOperation()
    {
        var response = await _client.PostGraphQLAsync(
            "query First { organisation(code: \"AF\") { code } } query Second { organisation(code: \"FK\") { code } }", operationName: "Second");
        Assert.Equal("FK", response.EnsureNoErrors().Data["organisation"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrongVariableTypeIsABadRequestWithACode()
    {
        var response = await _client.PostGraphQLAsync("query($n: Int) { organisations(first: $n) { totalCount } }", new { n = "many" });
        Assert.Equal(400, response.Status);
        Assert.NotNull(response.FirstErrorCode);
    }

    [Fact]
    public async Task SwedishLettersAreWrittenAsUtf8NotEscapes()
    {
        var response = await Post("""{"query":"{ organisation(code: \"JAMY\") { name } }"}""");
        var raw = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Jämställdhetsmyndigheten", raw);
        Assert.DoesNotContain("\\u00E4", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BrowserAskingForHtmlGetsTheOfflineIde()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("/lib/graphiql/graphiql.min.js", html);
        Assert.DoesNotContain("https://", html);
        var script = await _client.GetAsync("/lib/graphiql/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task FieldErrorsAreExecutionErrorsWith200AndACode()
    {
        var response = await _client.PostGraphQLAsync("{ materials(first: 500) { totalCount } }");
        Assert.Equal(200, response.Status);
        Assert.Equal("PAGE_SIZE_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(["materials"], response.Errors![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    private async Task<HttpResponseMessage> Post(string body, string contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await _client.SendAsync(request);
    }
}
