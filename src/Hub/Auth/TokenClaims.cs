using Hub.Access;

namespace Hub.Auth;

/// <summary>The claims a Hub token carries. Identity providers map their users onto these.</summary>
public static class TokenClaims
{
    /// <summary>The organisation's code (AF, FK, MIGR …), which must be one of the issuer's organisations.</summary>
    public const string Organisation = CallerResolver.OrganisationClaim;

    /// <summary>reader, publisher, admin: a JSON array or one space-separated string.</summary>
    public const string Roles = CallerResolver.RoleClaim;

    public const string Subject = "sub";
}
