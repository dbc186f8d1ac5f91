using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Transport;

/// <summary>
/// Issue 12: the Hub's pages (the GraphQL IDE, the viewer) may not be framed by another site, run script from
/// elsewhere or be sniffed into another type; whichever part of the pipeline wrote the response.
/// </summary>
public sealed class SecurityHeaderTests(DemoHub hub) : IClassFixture<DemoHub>
{
    [Theory]
    [InlineData("/graphql")] // the IDE, written by the GraphQL endpoint
    [InlineData("/graphiql/index.html")] // the same page as a static file
    [InlineData("/viewer/")] // the viewer, written by its endpoint
    [InlineData("/viewer/coverage")]
    [InlineData("/viewer/index.html")] // the same page as a static file
    public async Task EveryHtmlPageForbidsFramingInlineScriptAndSniffing(string path)
    {
        using var response = await GetHtmlAsync(path);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Directives(response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.DoesNotContain(policy.Values, value => value.Contains("unsafe", StringComparison.Ordinal));
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/lib/graphiql/graphiql.min.js")]
    [InlineData("/viewer/viewer.css")]
    [InlineData("/")]
    [InlineData("/statistics/nothing.json")]
    public async Task EveryOtherResponseForbidsSniffingToo(string path)
    {
        using var response = await hub.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task GraphQLResponsesForbidSniffing()
    {
        using var response = await hub.CreateClient().PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Content-Security-Policy"), "a policy for pages is noise on JSON");
    }

    private async Task<HttpResponseMessage> GetHtmlAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return await hub.CreateClient().SendAsync(request);
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");
}
