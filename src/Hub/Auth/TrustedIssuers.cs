using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Auth;

/// <summary>
/// The issuers the Hub trusts, read once from configuration at start-up (a mistake there stops the start with a
/// message rather than refusing every token later), plus the development issuer where it is enabled.
/// </summary>
public sealed class TrustedIssuers
{
    public const string JwksHttpClient = "jwks";

    private readonly Dictionary<string, TrustedIssuer> issuers = new(StringComparer.Ordinal);
    private readonly HubAuthOptions options;
    private readonly IHttpClientFactory http;
    private readonly ILogger<TrustedIssuers> logger;

    public TrustedIssuers(IOptions<HubAuthOptions> options, IOptions<HubOptions> hub, IHostEnvironment environment,
        IHttpClientFactory http, ILogger<TrustedIssuers> logger)
    {
        this.options = options.Value;
        this.http = http;
        this.logger = logger;
        foreach (var configured in this.options.Issuers) Add(Build(configured));
        if (this.options.DevelopmentIssuer.IsEnabled(environment))
        {
            DevelopmentKey = DevelopmentSigningKey.LoadOrCreate(hub.Value.ResolveDataFolder());
            Add(new TrustedIssuer(DevelopmentTokens.Issuer, organisations: null, [DevelopmentKey.Key]));
            logger.Log(environment.IsDevelopment() ? LogLevel.Information : LogLevel.Warning,
                "Development tokens are accepted (issuer {Issuer}, key {Path}); anyone who can read that key may act for any organisation. Refuse them with Hub__Auth__DevelopmentIssuer__Enabled=false.",
                DevelopmentTokens.Issuer, DevelopmentKey.Path);
        }
    }

    /// <summary>The development key while the development issuer is trusted; null when it is refused.</summary>
    public DevelopmentSigningKey? DevelopmentKey { get; }

    public string Audience => options.Audience;

    public IReadOnlyCollection<string> Names => issuers.Keys;

    public IEnumerable<TrustedIssuer> All => issuers.Values.OrderBy(i => i.Name, StringComparer.Ordinal);

    public TrustedIssuer? Find(string? issuer) => issuer is not null && issuers.TryGetValue(issuer, out var trusted) ? trusted : null;

    /// <summary>Makes sure the issuer's keys are at hand (a JWKS URL is fetched here, never while validating).</summary>
    public Task PrepareAsync(TrustedIssuer issuer, string? keyId, CancellationToken cancellationToken) =>
        issuer.RefreshIfNeededAsync(keyId, http.CreateClient(JwksHttpClient), options.JwksRefreshInterval, logger, cancellationToken);

    private void Add(TrustedIssuer issuer)
    {
        if (!issuers.TryAdd(issuer.Name, issuer))
            throw new InvalidOperationException($"Hub:Auth:Issuers names the issuer '{issuer.Name}' twice (or as the development issuer's name).");
    }

    private static TrustedIssuer Build(TrustedIssuerOptions configured)
    {
        var name = configured.Issuer.Trim();
        if (name.Length == 0) throw new InvalidOperationException("An entry of Hub:Auth:Issuers has no Issuer.");
        var organisations = configured.Organisations.Select(o => o.Trim()).Where(o => o.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (organisations.Count == 0)
            throw new InvalidOperationException($"The issuer '{name}' is bound to no organisation; list its codes under Organisations.");
        var sources = new[] { configured.JwksFile, configured.JwksUrl }.Count(s => !string.IsNullOrWhiteSpace(s)) + (configured.PemPublicKeys.Count > 0 ? 1 : 0);
        if (sources != 1)
            throw new InvalidOperationException($"The issuer '{name}' needs exactly one of JwksFile, JwksUrl or PemPublicKeys.");
        try
        {
            if (!string.IsNullOrWhiteSpace(configured.JwksUrl))
            {
                // Keys fetched in the clear could be swapped on the way: only HTTPS, or the machine itself.
                if (!Uri.TryCreate(configured.JwksUrl, UriKind.Absolute, out var url) || !(url.Scheme == Uri.UriSchemeHttps || url.IsLoopback))
                    throw new InvalidOperationException($"JwksUrl must be an https:// address; got '{configured.JwksUrl}'.");
                return new TrustedIssuer(name, organisations, [], url.AbsoluteUri);
            }
            var keys = !string.IsNullOrWhiteSpace(configured.JwksFile)
                ? IssuerKeys.FromJwks(File.ReadAllText(configured.JwksFile))
                : IssuerKeys.FromPem(configured.PemPublicKeys);
            if (keys.Count == 0) throw new InvalidOperationException("no public key was found");
            return new TrustedIssuer(name, organisations, keys);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException
                                      or System.Security.Cryptography.CryptographicException)
        {
            throw new InvalidOperationException($"The keys of issuer '{name}' could not be read: {e.Message}", e);
        }
    }
}
