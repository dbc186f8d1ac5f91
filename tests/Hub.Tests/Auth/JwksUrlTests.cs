using System.Net;
using System.Text;
using Hub.Auth;
using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Auth;

/// <summary>An identity provider that publishes its keys at a JWKS URL, as most do (here served by a stub handler).</summary>
public sealed class JwksUrlTests
{
    private const string JwksUrl = "https://login.migrationsverket.test/.well-known/jwks.json";

    [Fact]
    public async Task KeysPublishedAtAJwksUrlAreFetchedOnceAndTrusted()
    {
        using var idp = TestIssuer.Es256("https://login.migrationsverket.test");
        using var hub = new HubFactory();
        hub.Settings["Hub:Auth:Issuers:0:Issuer"] = idp.Issuer;
        hub.Settings["Hub:Auth:Issuers:0:JwksUrl"] = JwksUrl;
        hub.Settings["Hub:Auth:Issuers:0:Organisations:0"] = "MIGR";
        var keys = new StubJwks(idp.Jwks);
        using var stubbed = hub.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.AddHttpClient(TrustedIssuers.JwksHttpClient).ConfigurePrimaryHttpMessageHandler(() => keys)));
        var client = stubbed.CreateClient();

        var first = await client.PostGraphQLAsync("{ me { organisation { code } } }", bearer: idp.Token("MIGR"));
        var second = await client.PostGraphQLAsync("{ me { organisation { code } } }", bearer: idp.Token("MIGR", "publisher"));
        var otherOrganisation = await client.PostGraphQLAsync("{ me { roles } }", bearer: idp.Token("AF"));

        Assert.Equal("MIGR", first.EnsureNoErrors().Data["me"]!["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal("MIGR", second.EnsureNoErrors().Data["me"]!["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal(401, otherOrganisation.Status);
        Assert.Equal([JwksUrl], keys.Requests);
    }

    [Fact]
    public void AJwksUrlInTheClearIsRefusedAtStartUp()
    {
        using var hub = new HubFactory();
        hub.Settings["Hub:Auth:Issuers:0:Issuer"] = "https://idp.example.test";
        hub.Settings["Hub:Auth:Issuers:0:JwksUrl"] = "http://idp.example.test/jwks.json";
        hub.Settings["Hub:Auth:Issuers:0:Organisations:0"] = "AF";

        var failure = Assert.ThrowsAny<Exception>(() => hub.CreateClient());

        Assert.Contains("https://", failure.ToString());
    }

    private sealed class StubJwks(string jwks) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests) Requests.Add(request.RequestUri!.AbsoluteUri);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(jwks, Encoding.UTF8, "application/json") });
        }
    }
}
