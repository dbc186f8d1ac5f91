using Hub.Access;

namespace Hub.Publishing;

/// <summary>Who makes a change, as the audit trail records it: the token's subject and organisation, and the channel.</summary>
public sealed record Actor(string? Subject, string? OrganisationCode, string Via)
{
    public const string ViaApi = "API";
    public const string ViaImport = "IMPORT";
    public const string ViaCommandLine = "CLI";

    public static Actor From(Caller caller, string via = ViaApi) => new(caller.Subject, caller.OrganisationCode, via);
}
