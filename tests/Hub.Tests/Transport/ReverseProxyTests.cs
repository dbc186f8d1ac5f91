using Hub.Tests.Infrastructure;

namespace Hub.Tests.Transport;

/// <summary>
/// Behind a reverse proxy the anonymous rate limit is per client, as the proxy reports it in X-Forwarded-For, but only
/// when the proxy is one the operator named; otherwise the header is anyone's to forge and is ignored.
/// </summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task ANamedProxysForwardedAddressGetsALimitOfItsOwn()
    {
        using var hub = new HubFactory();
        await using var process = await HubProcess.StartAsync(Environment(hub, ("Hub__ReverseProxy__KnownProxies__0", "127.0.0.1")));
        var client = process.CreateClient();

        Assert.Equal(new[] { 200, 200, 429 }, await StatusesAsync(client, "198.51.100.7", 3));
        Assert.Equal(new[] { 200, 200, 429 }, await StatusesAsync(client, "198.51.100.8", 3));
    }

    [Fact]
    public async Task WithoutANamedProxyForwardedAddressesAreIgnored()
    {
        using var hub = new HubFactory();
        await using var process = await HubProcess.StartAsync(Environment(hub));
        var client = process.CreateClient();

        Assert.Equal(new[] { 200, 200, 429 }, await StatusesAsync(client, "198.51.100.7", 3));
        Assert.Equal(new[] { 429 }, await StatusesAsync(client, "198.51.100.8", 1));
    }

    private static async Task<int[]> StatusesAsync(HttpClient client, string forwardedFor, int count)
    {
        var statuses = new int[count];
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
            // What the client sent, then the address nginx saw: only the last entry is the proxy's word.
            request.Headers.Add("X-Forwarded-For", $"203.0.113.99, {forwardedFor}");
            statuses[i] = (int)(await client.SendAsync(request)).StatusCode;
        }
        return statuses;
    }

    private static Dictionary<string, string> Environment(HubFactory hub, params (string Key, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>(TestDatabase.EnvironmentFor(hub.DataFolder))
        {
            ["Logging__LogLevel__Default"] = "Warning",
            ["Hub__RateLimit__AnonymousPermitsPerMinute"] = "2",
        };
        TestDatabase.EnsureCreated(hub.DataFolder);
        foreach (var (key, value) in extra) environment[key] = value;
        return environment;
    }
}
