using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Auth;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Auth;

/// <summary>The development issuer: trusted in Development, refused in Production unless enabled on purpose.</summary>
public sealed class DevelopmentIssuerTests
{
    private const string Me = "{ me { organisation { code } roles subject } }";

    [Fact]
    public async Task InDevelopmentADevelopmentTokenIsAccepted()
    {
        using var hub = new HubFactory();

        var response = await hub.CreateClient().PostGraphQLAsync(Me, bearer: hub.DevelopmentToken("MIGR", ["publisher"], subject: "anna"));

        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Equal("MIGR", me["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal("anna", me["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task InProductionADevelopmentTokenIsRefusedAndTheTokenEndpointIsAbsent()
    {
        using var hub = new HubFactory { Environment = "Production" };
        var client = hub.CreateClient();

        var response = await client.PostGraphQLAsync(Me, bearer: hub.TokenFor("AF"));
        var endpoint = await client.PostAsJsonAsync(DevelopmentTokenEndpoint.Path, new { org = "AF" });

        Assert.Equal(401, response.Status);
        Assert.Contains("'hub-development' is not trusted", response.Http.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.NotFound, endpoint.StatusCode);
    }

    [Fact]
    public async Task InProductionTheDevelopmentIssuerCanBeEnabledExplicitly()
    {
        using var hub = new HubFactory { Environment = "Production" };
        hub.Settings["Hub:Auth:DevelopmentIssuer:Enabled"] = "true";

        var response = await hub.CreateClient().PostGraphQLAsync(Me, bearer: hub.TokenFor("AF"));

        Assert.Equal("AF", response.EnsureNoErrors().Data["me"]!["organisation"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task InDevelopmentTheDevelopmentIssuerCanBeSwitchedOff()
    {
        using var hub = new HubFactory();
        hub.Settings["Hub:Auth:DevelopmentIssuer:Enabled"] = "false";

        var response = await hub.CreateClient().PostGraphQLAsync(Me, bearer: hub.TokenFor("AF"));

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public void TheDevelopmentKeyIsCreatedOnFirstStartInTheDataFolderReadableByTheOwnerOnly()
    {
        using var hub = new HubFactory();
        _ = hub.Services; // starts the Hub

        var path = Path.Combine(hub.DataFolder, DevelopmentSigningKey.FileName);
        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(DevelopmentSigningKey.LoadOrCreate(hub.DataFolder).Key.KeyId, DevelopmentSigningKey.LoadOrCreate(hub.DataFolder).Key.KeyId);
    }

    [Fact]
    public async Task TheTokenEndpointIssuesATokenTheHubAccepts()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();

        var issued = await client.PostAsJsonAsync(DevelopmentTokenEndpoint.Path, new { org = "FK", roles = new[] { "reader", "publisher" } });
        var body = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!;
        var response = await client.PostGraphQLAsync(Me, bearer: body["token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.True(body["expiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Equal("FK", me["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal(["publisher", "reader"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Theory]
    [InlineData("NOPE", "reader", "no organisation with the code 'NOPE'")]
    [InlineData("AF", "superuser", "'superuser' is not a role")]
    public async Task TheTokenEndpointRefusesAnUnknownOrganisationOrRole(string organisation, string role, string reason)
    {
        using var hub = new HubFactory();

        var issued = await hub.CreateClient().PostAsJsonAsync(DevelopmentTokenEndpoint.Path, new { org = organisation, roles = new[] { role } });

        Assert.Equal(HttpStatusCode.BadRequest, issued.StatusCode);
        Assert.Contains(reason, await issued.Content.ReadAsStringAsync());
    }
}
