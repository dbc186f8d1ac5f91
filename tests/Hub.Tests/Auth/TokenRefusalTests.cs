using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Auth;

/// <summary>Every kind of bad token, minted for real, is refused with 401 and a reason; none falls back to anonymous.</summary>
public sealed class TokenRefusalTests(TrustedIssuersHub hub) : IClassFixture<TrustedIssuersHub>
{
    private const string Me = "{ me { organisation { code } roles subject } }";

    public static TheoryData<string, string> Refusals => new()
    {
        { "expired", "expired" },
        { "not yet valid", "not valid before" },
        { "wrong audience", "audience" },
        { "unknown issuer", "not trusted" },
        { "issuer claims an organisation it is not bound to", "may not vouch for the organisation 'FK'" },
        { "alg none", "'none' is not allowed" },
        { "tampered payload", "signature" },
        { "HS256 signed with the public key", "'HS256' is not allowed" },
        { "HS256 signed with the public key, no kid", "'HS256' is not allowed" },
        { "signed by a stranger's key under a trusted issuer's name", "signature" },
        { "missing org", "names no organisation" },
        { "unknown org", "'GHOST' is not known" },
        { "no expiry", "expir" },
        { "not a JWT", "well-formed" },
        { "Basic credentials instead of a bearer token", "Bearer" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task APresentButInvalidTokenIsRefusedWith401AndSaysWhy(string kind, string reason)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Query(Me) };
        request.Headers.Authorization = kind == "Basic credentials instead of a bearer token"
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String("AF:secret"u8.ToArray()))
            : new AuthenticationHeaderValue("Bearer", Mint(kind));

        var response = await GraphQLResponse.ReadAsync(await hub.CreateClient().SendAsync(request));

        Assert.Equal(401, response.Status);
        var challenge = Assert.Single(response.Http.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\", error_description=\"", challenge.Parameter);
        Assert.Contains(reason, challenge.Parameter, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("application/graphql-response+json", response.ContentType);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Contains(reason, response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(response.Json!["data"]);
    }

    [Fact]
    public async Task ValidTokensOfEachTrustedIssuerAreAccepted()
    {
        var af = await Ask(hub.ArbetsformedlingenIdp.Token("AF", "publisher"));
        var fk = await Ask(hub.ForsakringskassanIdp.Mint(new TestTokenClaims { Organisation = "FK", Roles = ["reader", "admin"], RolesAsString = true }));

        Assert.Equal("AF", af.EnsureNoErrors().Data["me"]!["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal(["publisher"], af.Data["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("FK", fk.EnsureNoErrors().Data["me"]!["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal(["admin", "reader"], fk.Data["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task ATokenJustPastItsExpiryIsStillAcceptedWithinTheClockSkew()
    {
        var response = await Ask(hub.ArbetsformedlingenIdp.Mint(new TestTokenClaims { Expires = DateTimeOffset.UtcNow.AddSeconds(-5) }));

        Assert.Equal(200, response.Status);
        Assert.Equal("AF", response.EnsureNoErrors().Data["me"]!["organisation"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClaimsTheHubWritesItselfCannotBeSmuggledInTheToken()
    {
        var token = hub.ArbetsformedlingenIdp.Mint(new TestTokenClaims
        {
            Extra = new Dictionary<string, JsonNode?> { ["hub:organisation_id"] = "3", ["hub:plan_agency"] = "false" },
        });

        var response = await Ask(token);

        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Equal("AF", me["organisation"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClaimsTheHubWritesItselfCannotBeSmuggledUnderAnotherCase()
    {
        // Claim lookups by name ignore case, so a token's HUB:ORGANISATION_ID would otherwise be found before the Hub's own.
        var malmo = await hub.QueryAsync(db => db.Organisations.Where(o => o.Code == "MALMO").Select(o => o.Id).SingleAsync());
        var token = hub.ArbetsformedlingenIdp.Mint(new TestTokenClaims
        {
            Extra = new Dictionary<string, JsonNode?>
            {
                ["HUB:ORGANISATION_ID"] = malmo.ToString(CultureInfo.InvariantCulture), ["Hub:Plan_Agency"] = "false",
            },
        });

        var response = await hub.CreateClient().PostGraphQLAsync("{ me { organisation { code } isPlanAgency } }", bearer: token);

        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Equal("AF", me["organisation"]!["code"]!.GetValue<string>());
        Assert.True(me["isPlanAgency"]!.GetValue<bool>());
    }

    [Fact]
    public async Task NoTokenAtAllIsAnonymous()
    {
        var response = await hub.CreateClient().PostGraphQLAsync(Me);

        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Null(me["organisation"]);
        Assert.Empty(me["roles"]!.AsArray());
    }

    private async Task<GraphQLResponse> Ask(string token) => await hub.CreateClient().PostGraphQLAsync(Me, bearer: token);

    private string Mint(string kind)
    {
        var af = hub.ArbetsformedlingenIdp;
        var now = DateTimeOffset.UtcNow;
        return kind switch
        {
            "expired" => af.Mint(new TestTokenClaims { IssuedAt = now.AddHours(-2), NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-5) }),
            "not yet valid" => af.Mint(new TestTokenClaims { IssuedAt = now, NotBefore = now.AddMinutes(5), Expires = now.AddHours(1) }),
            "wrong audience" => af.Mint(new TestTokenClaims { Audience = "another-service" }),
            "unknown issuer" => Stranger("https://idp.unknown.test").Token("AF"),
            "issuer claims an organisation it is not bound to" => af.Token("FK", "publisher"),
            "alg none" => Jwt.Unsigned(new TestTokenClaims().ToPayload(af.Issuer)),
            "tampered payload" => Jwt.Tamper(af.Token("AF", "reader"), payload => payload["roles"] = new JsonArray("reader", "admin")),
            "HS256 signed with the public key" => Jwt.Hs256(new TestTokenClaims().ToPayload(af.Issuer), Encoding.ASCII.GetBytes(af.PublicKeyPem), af.KeyId),
            "HS256 signed with the public key, no kid" => Jwt.Hs256(new TestTokenClaims().ToPayload(af.Issuer), Encoding.ASCII.GetBytes(af.PublicKeyPem)),
            "signed by a stranger's key under a trusted issuer's name" => Stranger(af.Issuer).Token("AF"),
            "missing org" => af.Mint(new TestTokenClaims { Organisation = null }),
            "unknown org" => af.Token("GHOST"),
            "no expiry" => af.Mint(new TestTokenClaims { Expires = null }),
            "not a JWT" => "this-is-not-a-token",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static TestIssuer Stranger(string issuer) => TestIssuer.Es256(issuer);

    private static StringContent Query(string query) =>
        new(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json");
}
