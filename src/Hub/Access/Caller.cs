namespace Hub.Access;

/// <summary>Who is asking: an organisation (from a validated token) with roles, or nobody.</summary>
public sealed record Caller(string? Subject, int? OrganisationId, string? OrganisationCode, bool IsPlanAgency, IReadOnlySet<string> Roles)
{
    public static readonly Caller Anonymous = new(null, null, null, false, new HashSet<string>());

    public bool IsAuthenticated => OrganisationId is not null;

    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>What this caller says about itself in responses and the viewer.</summary>
    public string Describe() => IsAuthenticated ? $"{OrganisationCode} ({string.Join(", ", Roles.Order())})" : "anonymous";
}

public static class Roles
{
    public const string Reader = "reader";
    public const string Publisher = "publisher";
    public const string Admin = "admin";
    public static readonly IReadOnlySet<string> All = new HashSet<string> { Reader, Publisher, Admin };
}
