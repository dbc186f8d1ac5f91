using Microsoft.IdentityModel.Tokens;

namespace Hub.Auth;

/// <summary>
/// One identity provider the Hub trusts: its keys and the organisations it may vouch for. Keys from a JWKS URL
/// are fetched when first needed, refreshed after an interval, and re-fetched early when a token names a key
/// id the Hub has not seen (the provider rotated its keys).
/// </summary>
public sealed class TrustedIssuer(string name, IReadOnlySet<string>? organisations, IReadOnlyList<SecurityKey> keys, string? jwksUrl = null)
{
    private static readonly TimeSpan MinimumRefetch = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim fetching = new(1, 1);
    private IReadOnlyList<SecurityKey> keys = keys;
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;

    public string Name { get; } = name;

    /// <summary>Null: any organisation (the development issuer only).</summary>
    public IReadOnlySet<string>? Organisations { get; } = organisations;

    public IReadOnlyList<SecurityKey> Keys => keys;

    public bool MayVouchFor(string organisation) => Organisations is null || Organisations.Contains(organisation);

    public async Task RefreshIfNeededAsync(string? keyId, HttpClient http, TimeSpan interval, ILogger logger, CancellationToken cancellationToken)
    {
        if (jwksUrl is null || !NeedsFetch(keyId, interval)) return;
        await fetching.WaitAsync(cancellationToken);
        try
        {
            if (!NeedsFetch(keyId, interval)) return;
            fetchedAt = DateTimeOffset.UtcNow;
            keys = IssuerKeys.FromJwks(await http.GetStringAsync(jwksUrl, cancellationToken));
            logger.LogInformation("Fetched {Count} signing key(s) of issuer {Issuer} from {Url}", keys.Count, Name, jwksUrl);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or ArgumentException or TaskCanceledException)
        {
            // Keep the keys we had: a provider's brief outage must not lock everyone out.
            logger.LogWarning(e, "Could not fetch the signing keys of issuer {Issuer} from {Url}", Name, jwksUrl);
        }
        finally
        {
            fetching.Release();
        }
    }

    private bool NeedsFetch(string? keyId, TimeSpan interval)
    {
        if (fetchedAt == DateTimeOffset.MinValue) return true;
        var age = DateTimeOffset.UtcNow - fetchedAt;
        if (age < MinimumRefetch) return false;
        return age > interval || keys.Count == 0 || (keyId is not null && keys.All(k => k.KeyId != keyId));
    }
}
