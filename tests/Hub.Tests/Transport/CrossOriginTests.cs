using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.GraphQL.Transport;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Transport;

/// <summary>A Hub that lets one other agency's browser application call /graphql, configured as an operator would write it.</summary>
public sealed class CrossOriginHub : HubFactory
{
    public const string AllowedOrigin = "https://app.kommun.example";

    public CrossOriginHub() => Settings["Hub:Cors:AllowedOrigins:0"] = "https://App.Kommun.Example/";
}

/// <summary>
/// Issue 12: browser applications of the origins in Hub:Cors:AllowedOrigins may call /graphql; every other origin
/// gets no CORS headers. The statistics exports are open data for every origin. Real preflights, real pipeline.
/// </summary>
public sealed class CrossOriginTests(CrossOriginHub hub) : IClassFixture<CrossOriginHub>
{
    private const string OtherOrigin = "https://evil.example";

    [Fact]
    public async Task APreflightFromAnAllowedOriginIsAnsweredWithThePolicy()
    {
        using var response = await PreflightAsync("/graphql", CrossOriginHub.AllowedOrigin, "POST", "content-type, authorization");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(CrossOriginHub.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "POST"], List(response, "Access-Control-Allow-Methods").Order());
        Assert.Superset(new HashSet<string>(["accept", "authorization", "content-type"]), List(response, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()).ToHashSet());
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
        Assert.Contains("Origin", List(response, "Vary"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task ThePreflightOfAnApolloClientIsAllowed()
    {
        using var response = await PreflightAsync("/graphql", CrossOriginHub.AllowedOrigin, "POST",
            "content-type, apollo-require-preflight, x-apollo-operation-name");

        Assert.Equal(CrossOriginHub.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Superset(new HashSet<string>(["apollo-require-preflight", "x-apollo-operation-name"]),
            List(response, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()).ToHashSet());
    }

    [Fact]
    public async Task AnAllowedOriginMayReadTheAnswerAndTheHubsOwnHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", CrossOriginHub.AllowedOrigin);

        using var response = await hub.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CrossOriginHub.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Superset(new HashSet<string>(["x-hub-cost", "x-hub-cache", "retry-after"]),
            List(response, "Access-Control-Expose-Headers").Select(h => h.ToLowerInvariant()).ToHashSet());
        Assert.Contains("Origin", List(response, "Vary"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task AnAllowedOriginMayReadWhyItsTokenWasRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", CrossOriginHub.AllowedOrigin);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");

        using var response = await hub.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(CrossOriginHub.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AnotherOriginGetsNoCorsHeadersAndItsPreflightNeverReachesGraphQL()
    {
        using var preflight = await PreflightAsync("/graphql", OtherOrigin, "POST", "content-type, authorization");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", OtherOrigin);
        using var response = await hub.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Empty(CorsHeaders(preflight));
        Assert.Empty(CorsHeaders(response));
    }

    [Fact]
    public async Task WithoutConfigurationNoOriginIsAllowed()
    {
        using var plain = new HubFactory();
        using var preflight = await PreflightAsync("/graphql", CrossOriginHub.AllowedOrigin, "POST", "content-type", plain.CreateClient());

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Empty(CorsHeaders(preflight));
    }

    [Fact]
    public async Task ARateLimitedBrowserApplicationMayReadWhenToRetry()
    {
        using var limited = new CrossOriginHub();
        limited.Settings["Hub:RateLimit:AnonymousPermitsPerMinute"] = "1";
        var client = limited.CreateClient();

        HttpResponseMessage? refused = null;
        for (var i = 0; i < 3 && refused?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
            request.Headers.Add("Origin", CrossOriginHub.AllowedOrigin);
            refused = await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, refused!.StatusCode);
        Assert.Equal(CrossOriginHub.AllowedOrigin, Header(refused, "Access-Control-Allow-Origin"));
        Assert.Contains("retry-after", List(refused, "Access-Control-Expose-Headers").Select(h => h.ToLowerInvariant()));
    }

    [Fact]
    public async Task StatisticsExportsAreOpenDataForEveryOrigin()
    {
        var id = await PublicDatasetAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/statistics/{id}.csv");
        request.Headers.Add("Origin", OtherOrigin);

        using var response = await hub.CreateClient().SendAsync(request);
        using var preflight = await PreflightAsync($"/statistics/{id}.json", OtherOrigin, "GET", "authorization");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("*", Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Contains("authorization", List(preflight, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task ASharedCacheKeepsAnExportApartPerOrigin()
    {
        // Cached from a request without Origin (no CORS header), an export must not be served to a browser application.
        using var response = await hub.CreateClient().GetAsync($"/statistics/{await PublicDatasetAsync()}.json");

        Assert.Contains("public", Header(response, "Cache-Control"));
        Assert.Contains("Origin", List(response, "Vary"));
    }

    [Theory]
    [InlineData("https://app.example.se/path")]
    [InlineData("https://app.example.se/?q=1")]
    [InlineData("https://user@app.example.se")]
    [InlineData("app.example.se")]
    [InlineData("ftp://app.example.se")]
    [InlineData("*")]
    [InlineData("")]
    public void AnAllowedOriginThatIsNotAnOriginStopsTheStart(string origin)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Cors:AllowedOrigins:0"] = "https://fine.example.se",
            ["Hub:Cors:AllowedOrigins:1"] = origin,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddHubCors(configuration);
        using var provider = services.BuildServiceProvider();

        // What the host runs before it starts: the options registered with ValidateOnStart.
        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Hub:Cors:AllowedOrigins:1", failure.Message);
        Assert.DoesNotContain("AllowedOrigins:0", failure.Message);
    }

    private async Task<string> PublicDatasetAsync() =>
        (await hub.CreateClient().PostGraphQLAsync("{ statisticsDatasets(first: 1) { nodes { id } } }"))
            .EnsureNoErrors().Data["statisticsDatasets"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin, string method, string headers, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await (client ?? hub.CreateClient()).SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing; the response has {string.Join(", ", response.Headers.Select(h => h.Key))}.");

    private static IEnumerable<string> List(HttpResponseMessage response, string name) =>
        Header(response, name).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> CorsHeaders(HttpResponseMessage response) =>
        [.. response.Headers.Select(h => h.Key).Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))];
}
