using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Auth;
using Hub.Tests.Infrastructure;
using Hub.Tests.Publishing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Tests.Auth;

/// <summary>
/// A role comes from the token's <c>roles</c> claim and from nothing else: not from the claim names other stacks
/// use for roles, and not from a claim the token handler renamed on the way in.
/// </summary>
public sealed class RoleClaimTests(TrustedIssuersHub hub) : IClassFixture<TrustedIssuersHub>
{
    private const string Me = "{ me { organisation { code } roles subject } }";
    private const string MicrosoftRole = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    [Theory]
    [InlineData(MicrosoftRole, "[\"admin\",\"publisher\"]")]
    [InlineData(MicrosoftRole, "\"admin publisher\"")]
    [InlineData("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/role", "[\"admin\",\"publisher\"]")]
    [InlineData("role", "[\"admin\",\"publisher\"]")]
    public async Task AClaimOtherThanRolesGrantsNoRole(string claim, string valueJson)
    {
        var token = hub.ArbetsformedlingenIdp.Mint(new TestTokenClaims
        {
            Roles = ["reader"],
            Extra = new Dictionary<string, JsonNode?> { [claim] = JsonNode.Parse(valueJson) },
        });
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var me = (await client.PostGraphQLAsync(Me)).EnsureNoErrors().Data["me"]!;
        var publish = await client.SendAsync("createMaterial", Mutations.NewMaterial($"foreign-role-{Guid.NewGuid():N}"));
        var administer = await client.PostGraphQLAsync("{ me { trustedIssuers { issuer } } }");

        Assert.Equal(["reader"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", publish.FirstErrorCode);
        Assert.Equal("FORBIDDEN", administer.FirstErrorCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheRolesClaimGrantsPublishingAsAnArrayAndAsOneSpaceSeparatedString(bool asString)
    {
        var token = hub.ArbetsformedlingenIdp.Mint(new TestTokenClaims { Roles = ["reader", "publisher"], RolesAsString = asString, Subject = "anna" });
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var me = (await client.PostGraphQLAsync(Me)).EnsureNoErrors().Data["me"]!;
        var material = await client.SaveAsync("createMaterial", Mutations.NewMaterial($"roles-claim-{asString}-{Guid.NewGuid():N}"));

        Assert.Equal(["publisher", "reader"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("anna", me["subject"]!.GetValue<string>()); // 'sub' too arrives under its own name
        Assert.NotNull(material["id"]);
    }

    [Fact]
    public void NoTokenHandlerOfTheHubRenamesTheTokensClaims()
    {
        // A renaming handler would turn 'roles' into the Microsoft role URI and 'sub' into NameIdentifier.
        var bearer = hub.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.False(bearer.MapInboundClaims);
        Assert.False(bearer.UseSecurityTokenValidators);
        Assert.NotEmpty(bearer.TokenHandlers);
        Assert.All(bearer.TokenHandlers, handler =>
        {
            var jwt = Assert.IsType<JsonWebTokenHandler>(handler);
            Assert.False(jwt.MapInboundClaims);
            Assert.Empty(jwt.InboundClaimTypeMap);
        });
    }

    [Fact]
    public async Task DevelopmentTokensWriteRolesOnlyAsTheRolesClaim()
    {
        var cli = new StringWriter();
        await TokenCommand.RunAsync(["--org", "AF", "--role", "publisher", "--role", "admin"], cli, TextWriter.Null,
            new Dictionary<string, string?> { ["Hub:DataFolder"] = hub.DataFolder });
        var endpoint = await hub.CreateClient().PostAsJsonAsync(DevelopmentTokenEndpoint.Path, new { org = "AF", roles = new[] { "publisher", "admin" } });
        var issued = await endpoint.Content.ReadFromJsonAsync<JsonObject>();

        foreach (var token in new[] { cli.ToString().Trim(), issued!["token"]!.GetValue<string>() })
        {
            var payload = Jwt.Payload(token);
            Assert.Equal(["aud", "exp", "iat", "iss", "nbf", "org", "roles", "sub"], payload.Select(m => m.Key).Order(StringComparer.Ordinal));
            Assert.Equal(["publisher", "admin"], payload["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        }
    }
}
