using System.Globalization;
using System.Security.Claims;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// Turns a validated token into a <see cref="Caller"/>, the one place that reads the token's claims. While the token
/// is validated, <see cref="IdentifyAsync"/> looks up the organisation it names once and records what the Hub knows
/// about it as claims of its own; afterwards <see cref="From"/> builds the caller from those claims alone, so the
/// GraphQL resolvers and the authorization policies see the same caller.
/// </summary>
public sealed class CallerResolver
{
    public const string OrganisationClaim = "org";
    public const string RoleClaim = "roles";
    public const string SubjectClaim = "sub";

    // Written by the Hub after validation; any claim of these names in the token itself, in any case, is dropped first.
    public const string OrganisationIdClaim = "hub:organisation_id";
    public const string PlanAgencyClaim = "hub:plan_agency";

    public Task<Caller> ResolveAsync(HttpContext http) => Task.FromResult(From(http.User));

    /// <summary>The caller a principal stands for; anonymous unless <see cref="IdentifyAsync"/> has vouched for it.</summary>
    public static Caller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || !int.TryParse(user.FindFirstValue(OrganisationIdClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId))
            return Caller.Anonymous;
        // Only the documented claim: a role under another name (Microsoft's role URI, 'role') grants nothing.
        var roles = user.FindAll(RoleClaim)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(Roles.All.Contains)
            .ToHashSet();
        return new Caller(user.FindFirstValue(SubjectClaim), organisationId, user.FindFirstValue(OrganisationClaim),
            user.FindFirstValue(PlanAgencyClaim) == "true", roles);
    }

    /// <summary>
    /// The principal with the organisation's id and kind added, or null when the token names no organisation
    /// of the Hub.
    /// </summary>
    public static async Task<ClaimsPrincipal?> IdentifyAsync(ClaimsPrincipal principal, HubDbContext db, CancellationToken cancellationToken)
    {
        var code = principal.FindFirstValue(OrganisationClaim);
        if (string.IsNullOrEmpty(code) || principal.Identity is not ClaimsIdentity token) return null;
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Code == code)
            .Select(o => new { o.Id, o.IsPlanAgency })
            .FirstOrDefaultAsync(cancellationToken);
        if (organisation is null) return null;
        // Dropped in any case, because claim lookups by name ignore case: a token's HUB:ORGANISATION_ID would be found first.
        var identity = new ClaimsIdentity(token.Claims.Where(c => !IsWrittenByTheHub(c.Type)),
            token.AuthenticationType, token.NameClaimType, token.RoleClaimType);
        identity.AddClaim(new Claim(OrganisationIdClaim, organisation.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PlanAgencyClaim, organisation.IsPlanAgency ? "true" : "false"));
        return new ClaimsPrincipal(identity);
    }

    private static bool IsWrittenByTheHub(string claimType) =>
        string.Equals(claimType, OrganisationIdClaim, StringComparison.OrdinalIgnoreCase)
        || string.Equals(claimType, PlanAgencyClaim, StringComparison.OrdinalIgnoreCase);
}
