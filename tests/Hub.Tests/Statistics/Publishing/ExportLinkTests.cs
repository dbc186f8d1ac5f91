using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>
/// Issue 12: the JSON-stat export is publicly cacheable, so its self-link must not repeat the Host header a client
/// sent (a forged one would be served to everyone from the cache). Links come from Hub:PublicBaseUrl or are relative.
/// </summary>
public sealed class ExportLinkTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private const string ForgedHost = "evil.example";

    [Fact]
    public async Task AForgedHostHeaderNeverAppearsInTheJsonStatLink()
    {
        var (id, href) = await JsonStatHrefAsync(hub);

        Assert.DoesNotContain(ForgedHost, href);
        Assert.Equal($"/statistics/{id}.json", href);
    }

    [Theory]
    [InlineData("https://hub.example.se", "https://hub.example.se")]
    [InlineData("https://hub.example.se/", "https://hub.example.se")]
    [InlineData("https://gateway.example.se/hub/", "https://gateway.example.se/hub")]
    public async Task UnderAConfiguredPublicAddressTheLinkIsAbsoluteAndIgnoresTheHostHeader(string setting, string expectedBase)
    {
        using var configured = new HubFactory();
        configured.Settings["Hub:PublicBaseUrl"] = setting;

        var (id, href) = await JsonStatHrefAsync(configured);

        Assert.Equal($"{expectedBase}/statistics/{id}.json", href);
    }

    [Theory]
    [InlineData("hub.example.se")]
    [InlineData("/hub")]
    [InlineData("ftp://hub.example.se")]
    [InlineData("https://hub.example.se/?via=proxy")]
    [InlineData("https://hub.example.se/#top")]
    [InlineData("https://user:secret@hub.example.se")]
    public void APublicBaseUrlThatIsNotAnAbsoluteWebAddressStopsTheStart(string setting)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:PublicBaseUrl"] = setting }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddHubData(configuration);
        using var provider = services.BuildServiceProvider();

        // What the host runs before it starts: the options registered with ValidateOnStart.
        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Hub:PublicBaseUrl", failure.Message);
    }

    private static async Task<(string Id, string Href)> JsonStatHrefAsync(HubFactory factory)
    {
        var client = factory.CreateClient();
        var id = (await client.PostGraphQLAsync("{ statisticsDatasets(first: 1) { nodes { id } } }"))
            .EnsureNoErrors().Data["statisticsDatasets"]!["nodes"]![0]!["id"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/statistics/{id}.json");
        request.Headers.Host = ForgedHost;
        using var response = await client.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (id, json["href"]!.GetValue<string>());
    }
}
