namespace Hub.Organisations;

/// <summary>An agency of the joint plan or a partner that reads what is shared with it.</summary>
public sealed class Organisation : Hub.Access.IEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public OrganisationKind Kind { get; set; }
    public bool IsPlanAgency { get; set; }
    public string? WebUrl { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; } = 1;
}
