using Microsoft.IdentityModel.Tokens;

namespace Hub.Auth;

/// <summary>A token the Hub refuses for a reason of its own (not the signature library's): the message says which.</summary>
public sealed class TokenRejectedException(string description) : Exception(description);

/// <summary>Turns why a token failed into one sentence for <c>error_description</c> and the error body.</summary>
public static class TokenFailure
{
    public const string NotBearer = "Send the token as 'Authorization: Bearer <token>'.";

    public static string Describe(Exception? failure, string audience) => failure switch
    {
        null => NotBearer,
        AggregateException { InnerExceptions.Count: > 0 } many => Describe(many.InnerExceptions[0], audience),
        TokenRejectedException rejected => rejected.Message,
        SecurityTokenExpiredException expired => $"The token expired at {expired.Expires:yyyy-MM-ddTHH:mm:ssZ}.",
        SecurityTokenNotYetValidException early => $"The token is not valid before {early.NotBefore:yyyy-MM-ddTHH:mm:ssZ}.",
        SecurityTokenNoExpirationException => "The token has no expiry (exp); the Hub accepts only tokens that expire.",
        SecurityTokenInvalidLifetimeException => "The token's lifetime (nbf, exp) is invalid.",
        SecurityTokenInvalidAudienceException => $"The token is not meant for this Hub: its audience (aud) must be '{audience}'.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted by this Hub.",
        SecurityTokenInvalidAlgorithmException => $"The token's algorithm is not allowed; the Hub accepts {string.Join(" and ", TokenValidation.AllowedAlgorithms)}.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature does not verify with its issuer's keys.",
        SecurityTokenMalformedException or ArgumentException => "The token is not a well-formed JWT.",
        _ => "The token could not be validated.",
    };
}
