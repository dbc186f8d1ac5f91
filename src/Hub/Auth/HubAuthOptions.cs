namespace Hub.Auth;

/// <summary>Who the Hub trusts to say who a caller is (section "Hub:Auth"; environment variables Hub__Auth__Key).</summary>
public sealed class HubAuthOptions
{
    public const string Section = "Hub:Auth";

    /// <summary>The audience (<c>aud</c>) every token must name.</summary>
    public string Audience { get; set; } = "hub";

    /// <summary>The coordinating agency, whose admins manage organisations and vocabularies.</summary>
    public string AdminOrganisation { get; set; } = "AF";

    /// <summary>The identity providers the Hub trusts, each bound to the organisations it may vouch for.</summary>
    public List<TrustedIssuerOptions> Issuers { get; set; } = [];

    public DevelopmentIssuerOptions DevelopmentIssuer { get; set; } = new();

    /// <summary>How long keys fetched from a JWKS URL are used before they are fetched again.</summary>
    public TimeSpan JwksRefreshInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>One identity provider: its issuer name, where its public keys are, and its organisations.</summary>
public sealed class TrustedIssuerOptions
{
    /// <summary>Exactly the <c>iss</c> its tokens carry, e.g. https://login.arbetsformedlingen.se/hub.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>A JWKS document on disk.</summary>
    public string? JwksFile { get; set; }

    /// <summary>A JWKS document served by the identity provider (fetched, cached and refreshed).</summary>
    public string? JwksUrl { get; set; }

    /// <summary>Public keys or certificates as PEM text, or paths of PEM files.</summary>
    public List<string> PemPublicKeys { get; set; } = [];

    /// <summary>The organisation codes this issuer may put in <c>org</c>; any other is refused.</summary>
    public List<string> Organisations { get; set; } = [];
}

/// <summary>The Hub's own issuer of development tokens, for local use, tests and the viewer.</summary>
public sealed class DevelopmentIssuerOptions
{
    /// <summary>Unset: trusted in Development only. Set true to trust it elsewhere, false to refuse it everywhere.</summary>
    public bool? Enabled { get; set; }

    public bool IsEnabled(IHostEnvironment environment) => Enabled ?? environment.IsDevelopment();
}
