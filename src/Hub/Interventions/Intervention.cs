using Hub.Access;
using Hub.Organisations;

namespace Hub.Interventions;

/// <summary>An insats, åtgärd or stöd that an organisation offers the target group.</summary>
public sealed class Intervention : IOwnedItem
{
    public int Id { get; set; }
    public string? ExternalId { get; set; }
    public int OwnerId { get; set; }
    public Organisation? Owner { get; set; }
    public required string KindCode { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }
    public InterventionStatus Status { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? ResultsChainLevelCode { get; set; }
    public string? WebUrl { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public Visibility Visibility { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>Development areas, target groups and counties, each as a vocabulary code.</summary>
    public List<InterventionCode> Codes { get; set; } = [];
    public List<InterventionPartner> Partners { get; set; } = [];

    /// <summary>Offered in the whole country when no county is named.</summary>
    public bool Nationwide => Codes.All(c => c.Scheme != Vocabularies.Schemes.County);
}

public sealed class InterventionCode : Hub.Vocabularies.ICodeRow
{
    /// <summary>Which intervention a row belongs to, for the code lists' one statement per batch.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<InterventionCode, int>> OfIntervention = c => c.InterventionId;

    public int InterventionId { get; set; }
    public required string Scheme { get; set; }
    public required string Code { get; set; }
}

public sealed class InterventionPartner
{
    public int InterventionId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
