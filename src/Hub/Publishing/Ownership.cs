using Hub.Access;
using Hub.Auth;
using Hub.Errors;
using Microsoft.Extensions.Options;

namespace Hub.Publishing;

/// <summary>
/// The one place that decides who may change which item and read whose audit trail. The mutation fields declare
/// the role they need (a policy, checked before anything runs); this adds what depends on the data: a publisher
/// changes only its own organisation's items, and reference data belongs to the coordinating agency's admins.
/// </summary>
public sealed class Ownership(IOptions<HubAuthOptions> auth)
{
    private string AdminOrganisation => auth.Value.AdminOrganisation;

    /// <summary>Admins of the coordinating agency, who manage organisations and vocabularies.</summary>
    public bool IsHubAdmin(Caller caller) =>
        caller.IsAuthenticated && caller.HasRole(Roles.Admin) && string.Equals(caller.OrganisationCode, AdminOrganisation, StringComparison.Ordinal);

    /// <summary>Throws UNAUTHENTICATED or FORBIDDEN unless the caller may change an item of this kind and owner.</summary>
    public void EnsureMayChange<T>(Caller caller, ItemKind<T> kind, int? ownerId) where T : class, IEntity
    {
        if (!caller.IsAuthenticated)
            throw new HubException(ErrorCodes.Unauthenticated, $"Changing a {kind.Noun} needs a token (Authorization: Bearer …).");
        if (kind.AdminsManage)
        {
            if (!IsHubAdmin(caller))
                throw new HubException(ErrorCodes.Forbidden, $"Only admins of {AdminOrganisation} manage {kind.Noun}s; your token ({caller.Describe()}) is not one.");
            return;
        }
        if (!caller.HasRole(Roles.Publisher))
            throw new HubException(ErrorCodes.Forbidden, $"Changing a {kind.Noun} needs the role {Roles.Publisher}; your token ({caller.Describe()}) does not have it.");
        if (ownerId != caller.OrganisationId)
            throw new HubException(ErrorCodes.Forbidden, $"Only publishers of the organisation that owns this {kind.Noun} may change it; you publish for {caller.OrganisationCode}.");
    }

    /// <summary>The audit trail of an organisation's items is for that organisation and the Hub's admins.</summary>
    public void EnsureMayReadAudit(Caller caller, string? ownerCode)
    {
        if (!caller.IsAuthenticated)
            throw new HubException(ErrorCodes.Unauthenticated, "The audit trail needs a token (Authorization: Bearer …).");
        if (IsHubAdmin(caller) || (ownerCode is not null && ownerCode == caller.OrganisationCode)) return;
        throw new HubException(ErrorCodes.Forbidden,
            $"The audit trail of {ownerCode ?? "shared reference data"} is for {(ownerCode is null ? "" : ownerCode + " and ")}the admins of {AdminOrganisation}; you are {caller.Describe()}.");
    }
}
