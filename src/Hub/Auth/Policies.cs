using Hub.Access;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Auth;

/// <summary>
/// The authorization policies fields and types declare, e.g. <c>.AuthorizeWithPolicy(Policies.Publisher)</c>.
/// Each decides on the <see cref="Caller"/>, so a policy and the visibility rule never disagree about who asks.
/// Ownership of an item (a publisher of the owning organisation) is decided where the item is loaded.
/// </summary>
public static class Policies
{
    /// <summary>Any valid token of an organisation known to the Hub.</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>The role publisher: may create, change and retire its own organisation's items.</summary>
    public const string Publisher = "Publisher";

    /// <summary>The role admin at the coordinating agency (Hub:Auth:AdminOrganisation, AF by default).</summary>
    public const string Admin = "Admin";

    /// <summary>Staff of an agency of the joint plan (AF, FK, MIGR, JAMY, SOS), any role.</summary>
    public const string AgencyStaff = "AgencyStaff";

    /// <summary>What each policy asks for, in the words of an error message.</summary>
    public static string Describe(string policy, string adminOrganisation) => policy switch
    {
        Authenticated => "a valid token",
        Publisher => $"the role {Roles.Publisher}",
        Admin => $"the role {Roles.Admin} at {adminOrganisation}",
        AgencyStaff => "a token of an agency of the joint plan",
        _ => $"the policy {policy}",
    };

    public static void Register(AuthorizationOptions options, string adminOrganisation)
    {
        options.AddPolicy(Authenticated, Require(caller => caller.IsAuthenticated));
        options.AddPolicy(Publisher, Require(caller => caller.IsAuthenticated && caller.HasRole(Roles.Publisher)));
        options.AddPolicy(Admin, Require(caller => caller.IsAuthenticated && caller.HasRole(Roles.Admin)
            && string.Equals(caller.OrganisationCode, adminOrganisation, StringComparison.Ordinal)));
        options.AddPolicy(AgencyStaff, Require(caller => caller.IsAuthenticated && caller.IsPlanAgency));
    }

    private static AuthorizationPolicy Require(Func<Caller, bool> rule) =>
        new AuthorizationPolicyBuilder().RequireAssertion(context => rule(CallerResolver.From(context.User))).Build();
}
