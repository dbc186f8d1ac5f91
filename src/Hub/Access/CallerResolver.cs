using System.Security.Claims;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// Turns the validated token of a request into a <see cref="Caller"/>. Authentication has already proved the
/// token; here the organisation it names is looked up so the visibility rule knows its kind.
/// </summary>
public sealed class CallerResolver
{
    public const string OrganisationClaim = "org";
    public const string RoleClaim = "roles";

    public async Task<Caller> ResolveAsync(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true) return Caller.Anonymous;
        var code = user.FindFirstValue(OrganisationClaim);
        if (string.IsNullOrEmpty(code)) return Caller.Anonymous;
        var db = http.RequestServices.GetRequiredService<HubDbContext>();
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Code == code)
            .Select(o => new { o.Id, o.Code, o.IsPlanAgency })
            .FirstOrDefaultAsync(http.RequestAborted);
        if (organisation is null) return Caller.Anonymous;
        var roles = user.FindAll(RoleClaim).Concat(user.FindAll(ClaimTypes.Role))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(Roles.All.Contains)
            .ToHashSet();
        return new Caller(user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier),
            organisation.Id, organisation.Code, organisation.IsPlanAgency, roles);
    }
}
