using System.Security.Claims;
using Hub.Access;
using Hub.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Auth;

/// <summary>
/// How a bearer token is checked: signature by one of its issuer's keys, issuer, audience, lifetime, an
/// allow-list of asymmetric algorithms, and JSON the Hub can read one way only (<see cref="TokenShape"/>); then the
/// Hub's own rules: the issuer must be bound to the organisation the token names, and that organisation must exist.
/// </summary>
public static class TokenValidation
{
    public static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public static void Configure(JwtBearerOptions bearer, TrustedIssuers issuers)
    {
        bearer.MapInboundClaims = false; // keep org, roles and sub as the token names them
        // That setter reaches only the default handlers and leaves their rename table (roles → Microsoft's role URI,
        // sub → NameIdentifier) filled: switch off every handler and empty its table, so no path renames a claim.
        foreach (var handler in bearer.TokenHandlers.OfType<JsonWebTokenHandler>())
        {
            handler.MapInboundClaims = false;
            handler.InboundClaimTypeMap.Clear();
        }
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = issuers.Names,
            ValidAudience = issuers.Audience,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            // Only the keys of the issuer the token names: one provider's key can never sign for another.
            IssuerSigningKeyResolver = (_, token, _, _) => issuers.Find(token.Issuer)?.Keys ?? [],
            NameClaimType = TokenClaims.Subject,
            RoleClaimType = TokenClaims.Roles,
        };
        bearer.Events = new JwtBearerEvents
        {
            OnMessageReceived = context => ReadAsync(context, issuers),
            OnTokenValidated = context => IdentifyAsync(context, issuers),
        };
    }

    /// <summary>Takes the token from the header and refuses early what needs no signature check to refuse.</summary>
    private static async Task ReadAsync(MessageReceivedContext context, TrustedIssuers issuers)
    {
        var header = context.Request.Headers.Authorization.ToString().Trim();
        if (header.Length == 0) return;
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            context.Fail(new TokenRejectedException(TokenFailure.NotBearer));
            return;
        }
        var token = header["Bearer ".Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            context.Fail(new TokenRejectedException("The token is not a well-formed JWT."));
            return;
        }
        if (!AllowedAlgorithms.Contains(jwt.Alg))
        {
            context.Fail(new TokenRejectedException($"The token's algorithm '{jwt.Alg}' is not allowed; the Hub accepts {string.Join(" and ", AllowedAlgorithms)}."));
            return;
        }
        if (TokenShape.Problem(token) is { } problem)
        {
            context.Fail(new TokenRejectedException(problem));
            return;
        }
        if (issuers.Find(jwt.Issuer) is not { } issuer)
        {
            context.Fail(new TokenRejectedException($"The issuer '{jwt.Issuer}' is not trusted by this Hub."));
            return;
        }
        await issuers.PrepareAsync(issuer, jwt.Kid, context.HttpContext.RequestAborted);
        context.Token = token;
    }

    /// <summary>Binds the validated token to an organisation of the Hub, or refuses it.</summary>
    private static async Task IdentifyAsync(TokenValidatedContext context, TrustedIssuers issuers)
    {
        var principal = context.Principal ?? new ClaimsPrincipal();
        var organisation = principal.FindFirstValue(TokenClaims.Organisation);
        var issuer = issuers.Find(context.SecurityToken.Issuer);
        if (string.IsNullOrWhiteSpace(organisation))
        {
            context.Fail(new TokenRejectedException($"The token names no organisation: the claim '{TokenClaims.Organisation}' is missing."));
            return;
        }
        if (principal.FindAll(TokenClaims.Organisation).Skip(1).Any())
        {
            context.Fail(new TokenRejectedException($"The token names more than one organisation; '{TokenClaims.Organisation}' must be one code."));
            return;
        }
        if (issuer is null || !issuer.MayVouchFor(organisation))
        {
            context.Fail(new TokenRejectedException($"The issuer '{context.SecurityToken.Issuer}' may not vouch for the organisation '{organisation}'."));
            return;
        }
        var db = context.HttpContext.RequestServices.GetRequiredService<HubDbContext>();
        if (await CallerResolver.IdentifyAsync(principal, db, context.HttpContext.RequestAborted) is not { } identified)
        {
            context.Fail(new TokenRejectedException($"The organisation '{organisation}' is not known to this Hub."));
            return;
        }
        context.Principal = identified;
    }
}
