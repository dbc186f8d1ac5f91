using System.Security.Claims;
using Hub.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Auth;

/// <summary>Mints tokens from the development issuer, which may vouch for any organisation.</summary>
public static class DevelopmentTokens
{
    public const string Issuer = "hub-development";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    /// <summary>A signed token for an organisation with roles; the subject defaults to "developer".</summary>
    public static IssuedToken Create(DevelopmentSigningKey key, string audience, string organisation, IEnumerable<string> roles,
        string? subject = null, TimeSpan? lifetime = null, DateTimeOffset? now = null)
    {
        var issuedAt = (now ?? DateTimeOffset.UtcNow).UtcDateTime;
        var expires = issuedAt + (lifetime ?? DefaultLifetime);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            SigningCredentials = key.Credentials,
            Subject = new ClaimsIdentity([new Claim(TokenClaims.Subject, subject ?? "developer")]),
            Claims = new Dictionary<string, object>
            {
                [TokenClaims.Organisation] = organisation,
                [TokenClaims.Roles] = roles.Distinct().ToArray(),
            },
        };
        return new IssuedToken(new JsonWebTokenHandler().CreateToken(descriptor), new DateTimeOffset(expires, TimeSpan.Zero));
    }
}

/// <summary>A token and when it stops being accepted.</summary>
public sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);
