namespace Hub.Organisations;

/// <summary>Which organisations a list holds. Fields combine with AND; values within a field with OR.</summary>
public sealed record OrganisationFilter
{
    public IReadOnlyList<string>? Codes { get; init; }
    public IReadOnlyList<OrganisationKind>? Kinds { get; init; }
    public bool? IsPlanAgency { get; init; }
    public string? Text { get; init; }

    public static readonly OrganisationFilter None = new();

    public IQueryable<Organisation> Apply(IQueryable<Organisation> organisations)
    {
        if (Codes is { Count: > 0 } codes) organisations = organisations.Where(o => codes.Contains(o.Code));
        if (Kinds is { Count: > 0 } kinds) organisations = organisations.Where(o => kinds.Contains(o.Kind));
        if (IsPlanAgency is { } planAgency) organisations = organisations.Where(o => o.IsPlanAgency == planAgency);
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            organisations = organisations.Where(o => o.Name.Contains(text) || (o.NameEn != null && o.NameEn.Contains(text)) || o.Code == text);
        }
        return organisations;
    }
}
