using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Auth;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// Real signed tokens for tests. <see cref="TokenFor"/> and <see cref="CreateClientAs"/> sign with the Hub's own
/// development key from the factory's data folder (the key the server trusts in Development);
/// <see cref="TestIssuer"/> and <see cref="Jwt"/> mint anything else, for the tests that prove refusals.
/// </summary>
public static class Tokens
{
    public const string Audience = "hub";

    /// <summary>A development token for the organisation with the roles (reader when none are given).</summary>
    public static string TokenFor(this HubFactory factory, string organisation, params string[] roles) =>
        factory.DevelopmentToken(organisation, roles);

    /// <summary>A development token with every knob: subject, lifetime and audience.</summary>
    public static string DevelopmentToken(this HubFactory factory, string organisation, IEnumerable<string> roles,
        string? subject = null, TimeSpan? lifetime = null, string audience = Audience)
    {
        var roleList = roles.ToList();
        var key = DevelopmentSigningKey.LoadOrCreate(factory.DataFolder);
        return DevelopmentTokens.Create(key, audience, organisation, roleList.Count > 0 ? roleList : ["reader"], subject, lifetime).Token;
    }

    /// <summary>A client whose every request carries a development token for the organisation and roles.</summary>
    public static HttpClient CreateClientAs(this HubFactory factory, string organisation, params string[] roles)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor(organisation, roles));
        return client;
    }
}

/// <summary>
/// An identity provider of the test's own, with a key generated in memory. Trust it on a factory before the
/// first CreateClient: <c>var idp = TestIssuer.Es256("https://idp.af.test").TrustedBy(factory, "AF");</c>
/// </summary>
public sealed class TestIssuer : IDisposable
{
    private readonly AsymmetricAlgorithm key;

    private TestIssuer(string issuer, string algorithm, AsymmetricAlgorithm key)
    {
        Issuer = issuer;
        Algorithm = algorithm;
        this.key = key;
        KeyId = Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()).AsSpan(0, 12).ToArray());
    }

    public static TestIssuer Es256(string issuer) => new(issuer, "ES256", ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public static TestIssuer Rs256(string issuer) => new(issuer, "RS256", RSA.Create(2048));

    public string Issuer { get; }

    public string Algorithm { get; }

    public string KeyId { get; }

    /// <summary>The public key as PEM (SubjectPublicKeyInfo), as a configuration would hold it.</summary>
    public string PublicKeyPem => key.ExportSubjectPublicKeyInfoPem();

    /// <summary>The public key as a JWKS document, as an identity provider publishes it.</summary>
    public string Jwks
    {
        get
        {
            var jwk = key switch
            {
                ECDsa ec => JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ec)),
                RSA rsa => JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false))),
                _ => throw new NotSupportedException(),
            };
            var node = new JsonObject { ["kty"] = jwk.Kty, ["kid"] = KeyId, ["use"] = "sig", ["alg"] = Algorithm };
            if (jwk.Kty == "EC")
            {
                node["crv"] = jwk.Crv;
                node["x"] = jwk.X;
                node["y"] = jwk.Y;
            }
            else
            {
                node["n"] = jwk.N;
                node["e"] = jwk.E;
            }
            return new JsonObject { ["keys"] = new JsonArray(node) }.ToJsonString();
        }
    }

    /// <summary>Configures the factory to trust this issuer, with its PEM key, for the organisations given.</summary>
    public TestIssuer TrustedBy(HubFactory factory, params string[] organisations) =>
        TrustedBy(factory, organisations, ("PemPublicKeys:0", PublicKeyPem));

    /// <summary>Configures the factory to trust this issuer through a JWKS file written into the factory's folder.</summary>
    public TestIssuer TrustedByJwksFile(HubFactory factory, params string[] organisations)
    {
        Directory.CreateDirectory(factory.DataFolder);
        var path = Path.Combine(factory.DataFolder, $"jwks-{KeyId}.json");
        File.WriteAllText(path, Jwks);
        return TrustedBy(factory, organisations, ("JwksFile", path));
    }

    private TestIssuer TrustedBy(HubFactory factory, string[] organisations, (string Key, string Value) keySetting)
    {
        var index = 0;
        while (factory.Settings.ContainsKey($"Hub:Auth:Issuers:{index}:Issuer")) index++;
        var prefix = $"Hub:Auth:Issuers:{index}:";
        factory.Settings[prefix + "Issuer"] = Issuer;
        factory.Settings[prefix + keySetting.Key] = keySetting.Value;
        for (var i = 0; i < organisations.Length; i++) factory.Settings[$"{prefix}Organisations:{i}"] = organisations[i];
        return this;
    }

    /// <summary>A valid token from this issuer for the organisation with the roles (reader when none are given).</summary>
    public string Token(string organisation, params string[] roles) =>
        Mint(new TestTokenClaims { Organisation = organisation, Roles = roles.Length > 0 ? roles : ["reader"] });

    /// <summary>A token with exactly these claims, signed with this issuer's key and algorithm.</summary>
    public string Mint(TestTokenClaims claims) => Jwt.Encode(Header(), claims.ToPayload(Issuer), Sign);

    /// <summary>
    /// A token whose header and payload are exactly this JSON text, signed with this issuer's key: for what no JSON
    /// library writes, such as a member named twice. The header defaults to this issuer's own.
    /// </summary>
    public string MintText(string payloadJson, string? headerJson = null) =>
        Jwt.EncodeText(headerJson ?? Header().ToJsonString(), payloadJson, Sign);

    /// <summary>The JOSE header this issuer writes; tests may alter it before signing with <see cref="Jwt.Encode"/>.</summary>
    public JsonObject Header() => new() { ["alg"] = Algorithm, ["typ"] = "JWT", ["kid"] = KeyId };

    /// <summary>Signs bytes as this issuer's algorithm requires (ES256: IEEE P1363 r‖s; RS256: PKCS#1 v1.5).</summary>
    public byte[] Sign(byte[] data) => key switch
    {
        ECDsa ec => ec.SignData(data, HashAlgorithmName.SHA256),
        RSA rsa => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        _ => throw new NotSupportedException(),
    };

    public void Dispose() => key.Dispose();
}

/// <summary>The claims of a test token. Defaults make a valid reader token of AF for one hour; null leaves a claim out.</summary>
public sealed record TestTokenClaims
{
    public string? Organisation { get; init; } = "AF";
    public IReadOnlyList<string>? Roles { get; init; } = ["reader"];

    /// <summary>Write roles as one space-separated string instead of a JSON array.</summary>
    public bool RolesAsString { get; init; }

    public string? Subject { get; init; } = "test-user";
    public string? Audience { get; init; } = Tokens.Audience;

    /// <summary>Overrides the issuer that minted the token (for an issuer that lies about itself).</summary>
    public string? Issuer { get; init; }

    public DateTimeOffset? IssuedAt { get; init; } = DateTimeOffset.UtcNow.AddMinutes(-1);
    public DateTimeOffset? NotBefore { get; init; } = DateTimeOffset.UtcNow.AddMinutes(-1);
    public DateTimeOffset? Expires { get; init; } = DateTimeOffset.UtcNow.AddHours(1);

    /// <summary>Further claims, added last (and so able to replace any of the above).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Extra { get; init; } = new Dictionary<string, JsonNode?>();

    public JsonObject ToPayload(string issuer)
    {
        var payload = new JsonObject { ["iss"] = Issuer ?? issuer };
        if (Subject is not null) payload["sub"] = Subject;
        if (Audience is not null) payload["aud"] = Audience;
        if (Organisation is not null) payload["org"] = Organisation;
        if (Roles is not null)
            payload["roles"] = RolesAsString ? string.Join(' ', Roles) : new JsonArray(Roles.Select(r => (JsonNode?)r).ToArray());
        if (IssuedAt is { } iat) payload["iat"] = iat.ToUnixTimeSeconds();
        if (NotBefore is { } nbf) payload["nbf"] = nbf.ToUnixTimeSeconds();
        if (Expires is { } exp) payload["exp"] = exp.ToUnixTimeSeconds();
        foreach (var (name, value) in Extra) payload[name] = value?.DeepClone();
        return payload;
    }
}

/// <summary>Compact JWS by hand, so tests can build the malformed and hostile tokens no library would write.</summary>
public static class Jwt
{
    public static string Encode(JsonObject header, JsonObject payload, Func<byte[], byte[]> sign) =>
        EncodeText(header.ToJsonString(), payload.ToJsonString(), sign);

    /// <summary>Signs header and payload given as JSON text, byte for byte as written.</summary>
    public static string EncodeText(string headerJson, string payloadJson, Func<byte[], byte[]> sign)
    {
        var signingInput = $"{Base64UrlEncoder.Encode(headerJson)}.{Base64UrlEncoder.Encode(payloadJson)}";
        return $"{signingInput}.{Base64UrlEncoder.Encode(sign(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    /// <summary>JSON object text with one more member written after the others, e.g. <c>"org":"FK"</c>.</summary>
    public static string AddMember(string objectJson, string member) => $"{objectJson.TrimEnd()[..^1]},{member}}}";

    /// <summary>An unsigned token: <c>alg: none</c> and an empty signature.</summary>
    public static string Unsigned(JsonObject payload) => $"{Part(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" })}.{Part(payload)}.";

    /// <summary>HS256 with the given secret, e.g. an issuer's public key bytes (the key-confusion attack).</summary>
    public static string Hs256(JsonObject payload, byte[] secret, string? keyId = null)
    {
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" };
        if (keyId is not null) header["kid"] = keyId;
        return Encode(header, payload, data => HMACSHA256.HashData(secret, data));
    }

    public static JsonObject Header(string token) => Decode(token.Split('.')[0]);

    public static JsonObject Payload(string token) => Decode(token.Split('.')[1]);

    /// <summary>Changes the payload and keeps the original signature, as an attacker editing a token would.</summary>
    public static string Tamper(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = Decode(parts[1]);
        change(payload);
        return $"{parts[0]}.{Part(payload)}.{parts[2]}";
    }

    private static string Part(JsonObject json) => Base64UrlEncoder.Encode(json.ToJsonString());

    private static JsonObject Decode(string part) => JsonNode.Parse(Base64UrlEncoder.Decode(part))!.AsObject();
}
