using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Auth;

/// <summary>
/// Tokens signed by a trusted issuer's own key, so the signature verifies, whose shape the Hub still refuses: an
/// <c>org</c> that is not one string, a member named twice (which JSON parsers resolve differently), a
/// <c>crit</c> header. Each is refused with 401 and a reason, never read in some lenient way.
/// </summary>
public sealed class MalformedTokenTests(TrustedIssuersHub hub) : IClassFixture<TrustedIssuersHub>
{
    private const string Me = "{ me { organisation { code } roles subject } }";
    private const string OrgNotAString = "The token's 'org' claim must be one organisation code as a string";

    public static TheoryData<string, string> Refusals => new()
    {
        { "org as an array of one code", $"{OrgNotAString}; it is an array." },
        { "org as an array of two codes", $"{OrgNotAString}; it is an array." },
        { "org as a number", $"{OrgNotAString}; it is a number." },
        { "org as an object", $"{OrgNotAString}; it is an object." },
        { "org as a boolean", $"{OrgNotAString}; it is a boolean." },
        { "org as null", $"{OrgNotAString}; it is null." },
        { "org twice in the payload, the trusted code last", "The token's payload names 'org' more than once" },
        { "org twice in the payload, the second name escaped", "The token's payload names 'org' more than once" },
        { "roles twice in the payload", "The token's payload names 'roles' more than once" },
        { "exp twice in the payload", "The token's payload names 'exp' more than once" },
        { "alg twice in the header", "The token's header names 'alg' more than once" },
        { "kid twice in the header", "The token's header names 'kid' more than once" },
        { "crit naming an extension", "'crit'" },
        { "crit naming a registered parameter", "'crit'" },
        { "crit empty", "'crit'" },
        { "ORG beside org", "The token's payload names 'ORG', which differs from the claim 'org' only in case" },
        { "Roles instead of roles", "The token's payload names 'Roles', which differs from the claim 'roles' only in case" },
        { "roles as a number", "The token's 'roles' claim must be a string or an array of strings; it is a number." },
        { "roles as an array holding an object", "The token's 'roles' claim must be a string or an array of strings; it holds an object." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ASignedTokenOfTheWrongShapeIsRefusedWith401AndSaysWhy(string kind, string reason)
    {
        var response = await hub.CreateClient().PostGraphQLAsync(Me, bearer: Mint(kind));

        Assert.Equal(401, response.Status);
        var challenge = Assert.Single(response.Http.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\", error_description=\"", challenge.Parameter);
        Assert.Contains(reason, challenge.Parameter);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Contains(reason, response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(response.Json!["data"]);
    }

    [Fact]
    public async Task TheSameTokenWrittenOnceOfEachIsAccepted()
    {
        // The control for the refusals above: the hand-written path signs a token the Hub takes.
        var token = hub.ArbetsformedlingenIdp.MintText(Payload(new TestTokenClaims { Roles = ["reader", "publisher"] }));

        var me = (await hub.CreateClient().PostGraphQLAsync(Me, bearer: token)).EnsureNoErrors().Data["me"]!;

        Assert.Equal("AF", me["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal(["publisher", "reader"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    private string Mint(string kind)
    {
        var af = hub.ArbetsformedlingenIdp;
        var header = af.Header().ToJsonString();
        return kind switch
        {
            "org as an array of one code" => With("org", new JsonArray("AF")),
            "org as an array of two codes" => With("org", new JsonArray("AF", "GHOST")),
            "org as a number" => With("org", 42),
            "org as an object" => With("org", new JsonObject { ["code"] = "AF" }),
            "org as a boolean" => With("org", true),
            "org as null" => With("org", null),
            // The last of two members wins in the Hub's JSON reader; a gateway reading the first would see FK.
            "org twice in the payload, the trusted code last" =>
                af.MintText(Jwt.AddMember(Payload(new TestTokenClaims { Organisation = "FK" }), "\"org\":\"AF\"")),
            "org twice in the payload, the second name escaped" =>
                af.MintText(Jwt.AddMember(Payload(new TestTokenClaims { Organisation = "FK" }), "\"o\\u0072g\":\"AF\"")),
            "roles twice in the payload" => af.MintText(Jwt.AddMember(Payload(new TestTokenClaims()), "\"roles\":[\"admin\"]")),
            "exp twice in the payload" => af.MintText(Jwt.AddMember(Payload(new TestTokenClaims()),
                $"\"exp\":{DateTimeOffset.UtcNow.AddYears(10).ToUnixTimeSeconds()}")),
            "alg twice in the header" => af.MintText(Payload(new TestTokenClaims()), $"{{\"alg\":\"none\",{header[1..]}"),
            "kid twice in the header" => af.MintText(Payload(new TestTokenClaims()), Jwt.AddMember(header, "\"kid\":\"another-key\"")),
            "crit naming an extension" => af.MintText(Payload(new TestTokenClaims()),
                Jwt.AddMember(header, "\"crit\":[\"urn:hub:test:must-understand\"],\"urn:hub:test:must-understand\":true")),
            "crit naming a registered parameter" => af.MintText(Payload(new TestTokenClaims()), Jwt.AddMember(header, "\"crit\":[\"exp\"]")),
            "crit empty" => af.MintText(Payload(new TestTokenClaims()), Jwt.AddMember(header, "\"crit\":[]")),
            "ORG beside org" => With("ORG", "FK"),
            "Roles instead of roles" => af.Mint(new TestTokenClaims { Roles = null, Extra = new Dictionary<string, JsonNode?> { ["Roles"] = "admin publisher" } }),
            "roles as a number" => With("roles", 3),
            "roles as an array holding an object" => With("roles", new JsonArray("reader", new JsonObject { ["admin"] = true })),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>A valid AF token whose claim <paramref name="name"/> holds <paramref name="value"/> instead.</summary>
    private string With(string name, JsonNode? value) =>
        hub.ArbetsformedlingenIdp.Mint(new TestTokenClaims { Extra = new Dictionary<string, JsonNode?> { [name] = value } });

    private string Payload(TestTokenClaims claims) => claims.ToPayload(hub.ArbetsformedlingenIdp.Issuer).ToJsonString();
}
