using System.Net;
using Hub.GraphQL.Limits;
using Hub.Tests.Infrastructure;
using Hub.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Limits;

public sealed class ProtectionTests
{
    [Fact]
    public async Task AnonymousCallersBeyondTheirRateGet429WithRetryAfter()
    {
        using var hub = new HubFactory();
        hub.Settings["Hub:RateLimit:AnonymousPermitsPerMinute"] = "3";
        var client = hub.CreateClient();
        for (var i = 0; i < 3; i++) (await client.PostGraphQLAsync("{ __typename }")).EnsureNoErrors();
        var refused = await client.PostGraphQLAsync("{ __typename }");
        Assert.Equal(429, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
        Assert.True(int.Parse(refused.Http.Headers.RetryAfter!.ToString()) >= 1);
    }

    [Fact]
    public async Task RegisteredDocumentsRunByIdAndProductionCanRefuseEverythingElse()
    {
        var folder = Directory.CreateTempSubdirectory("hub-trusted").FullName;
        const string document = "query TrustedOrganisation { organisation(code: \"SOS\") { name } }";
        await File.WriteAllTextAsync(Path.Combine(folder, "sos.graphql"), document);
        using var hub = new HubFactory();
        hub.Settings["Hub:GraphQL:TrustedDocumentsFolder"] = folder;
        hub.Settings["Hub:GraphQL:OnlyTrustedDocuments"] = "true";
        var client = hub.CreateClient();

        var byId = await GraphQLResponse.ReadAsync(await client.PostAsync("/graphql", Json(new { documentId = $"sha256:{TrustedDocuments.Hash(document)}" })));
        Assert.Equal("Socialstyrelsen", byId.EnsureNoErrors().Data["organisation"]!["name"]!.GetValue<string>());

        var byText = await client.PostGraphQLAsync(document);
        Assert.NotNull(byText.FirstErrorCode);
        Assert.Null(byText.Json!["data"]);

        var unknown = await GraphQLResponse.ReadAsync(await client.PostAsync("/graphql", Json(new { documentId = $"sha256:{new string('a', 64)}" })));
        Assert.NotNull(unknown.FirstErrorCode);
    }

    [Fact]
    public async Task RepeatedQueriesReuseTheParsedAndValidatedDocument()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();
        var cache = hub.Services.GetRequiredService<DocumentCache>();
        const string query = "query($n: Int) { materials(first: $n) { nodes { title } } }";
        (await client.PostGraphQLAsync(query, new { n = 1 })).EnsureNoErrors();
        var afterFirst = cache.Count;
        (await client.PostGraphQLAsync(query, new { n = 2 })).EnsureNoErrors();
        Assert.Equal(afterFirst, cache.Count);
        var tooBig = await client.PostGraphQLAsync(query, new { n = 101 });
        Assert.Equal("PAGE_SIZE_EXCEEDED", tooBig.FirstErrorCode); // cached documents still meet the per-request rules
    }

    [Fact]
    public async Task LongOperationsStopAtTheTimeout()
    {
        using var hub = new HubFactory();
        hub.Settings["Hub:Limits:ExecutionTimeout"] = "00:00:00.001";
        var response = await hub.CreateClient().PostGraphQLAsync(
            "{ organisations(first: 40) { nodes { materials(first: 50) { nodes { title themes(first: 5) { nodes { code } } owner { name } } } } } }");
        Assert.Equal(200, response.Status);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        var extensions = response.Errors![0]!["extensions"]!;
        Assert.Equal(1, extensions["limit"]!.GetValue<long>());
        Assert.True(extensions["actual"]!.GetValue<long>() >= 1, response.Body);
        Assert.Null(response.Json!["data"]);
    }

    [Fact]
    public void TheTimeoutMustBePositive()
    {
        // The Hub's own registration, without a host: a test host that fails to start can surface another exception
        // while it tears down (`dotnet run` shows this one).
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:Limits:ExecutionTimeout"] = "00:00:00" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddHubGraphQL();
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QueryLimitOptions>>().Value);

        Assert.Contains("Hub:Limits:ExecutionTimeout must be a positive time span", failure.Message);
    }

    [Fact]
    public async Task LargeResponsesAreCompressed()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(new { query = "{ materials(first: 100) { nodes { title description } } }" }) };
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    private static StringContent Json(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
