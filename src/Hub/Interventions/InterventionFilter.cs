using Hub.Access;
using Hub.Data;
using Hub.Search;
using Hub.Vocabularies;

namespace Hub.Interventions;

/// <summary>Which interventions a list holds. Fields combine with AND; the values within one field with OR.</summary>
public sealed record InterventionFilter : ItemFilter<Intervention>
{
    public IReadOnlyList<string>? Kinds { get; init; }
    public IReadOnlyList<string>? DevelopmentAreas { get; init; }
    public IReadOnlyList<string>? TargetGroups { get; init; }
    public IReadOnlyList<string>? ResultsChainLevels { get; init; }

    /// <summary>Offered in one of these counties; nationwide interventions are offered in every county.</summary>
    public IReadOnlyList<string>? Counties { get; init; }
    public bool? Nationwide { get; init; }
    public IReadOnlyList<InterventionStatus>? Statuses { get; init; }
    public IReadOnlyList<string>? Partners { get; init; }

    public static readonly InterventionFilter None = new();

    public override IEnumerable<(string Field, string Scheme, IReadOnlyList<string>? Codes)> CodeFields() =>
    [
        ("kinds", Schemes.InterventionKind, Kinds), ("developmentAreas", Schemes.DevelopmentArea, DevelopmentAreas),
        ("targetGroups", Schemes.TargetGroup, TargetGroups), ("resultsChainLevels", Schemes.ResultsChainLevel, ResultsChainLevels),
        ("counties", Schemes.County, Counties),
    ];

    public override IQueryable<Intervention> Apply(IQueryable<Intervention> interventions, HubDbContext db)
    {
        interventions = ApplyCommon(interventions, db, SearchKinds.Intervention);
        if (Kinds is { Count: > 0 } kinds) interventions = interventions.Where(i => kinds.Contains(i.KindCode));
        if (ResultsChainLevels is { Count: > 0 } levels)
            interventions = interventions.Where(i => i.ResultsChainLevelCode != null && levels.Contains(i.ResultsChainLevelCode));
        if (Statuses is { Count: > 0 } statuses) interventions = interventions.Where(i => statuses.Contains(i.Status));
        interventions = WithCode(interventions, Schemes.DevelopmentArea, DevelopmentAreas);
        interventions = WithCode(interventions, Schemes.TargetGroup, TargetGroups);
        if (Counties is { Count: > 0 } counties)
            interventions = interventions.Where(i => i.Codes.Any(c => c.Scheme == Schemes.County && counties.Contains(c.Code))
                || !i.Codes.Any(c => c.Scheme == Schemes.County));
        if (Nationwide is { } nationwide)
            interventions = interventions.Where(i => i.Codes.Any(c => c.Scheme == Schemes.County) != nationwide);
        if (Partners is { Count: > 0 } partners)
        {
            var partnerIds = db.Organisations.Where(o => partners.Contains(o.Code)).Select(o => o.Id);
            interventions = interventions.Where(i => i.Partners.Any(p => partnerIds.Contains(p.OrganisationId)));
        }
        return interventions;
    }

    private static IQueryable<Intervention> WithCode(IQueryable<Intervention> interventions, string scheme, IReadOnlyList<string>? codes) =>
        codes is { Count: > 0 } ? interventions.Where(i => i.Codes.Any(c => c.Scheme == scheme && codes.Contains(c.Code))) : interventions;
}
