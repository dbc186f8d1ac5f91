using Hub.Coverage;
using Hub.Data;
using Hub.Kinds;
using Hub.Publishing;
using Hub.Search;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Interventions;

/// <summary>Interventions as an inventory kind: listed, searched, imported, published one by one and counted in coverage.</summary>
public sealed class InterventionDescriptor : InventoryDescriptor<Intervention, InterventionFilter, InterventionType, InterventionConnectionType, InterventionFilterInputType>
{
    public override string Key => Access.ItemKinds.Intervention;

    public override string TypeName => InterventionType.TypeName;

    public override OwnedItemKind<Intervention> Publishing => InterventionInputs.Kind;

    public override ListFacet List { get; } = new("interventions", "interventions",
        "Interventions of every organisation that you may see (insatsinventering).",
        "Which interventions to list.", "The interventions this organisation owns that you may see.");

    public override SearchFacet Search { get; } = new(SearchKinds.Intervention, "Interventions (insatser, åtgärder, stöd).", IndexCode: 1);

    public override ImportFacet Import { get; } = new("INTERVENTIONS", "Interventions, measures and support (insatsinventering).", Position: 1);

    public override MutationFacet Mutations { get; } = new("Intervention",
        "Publishes a new intervention (insats, åtgärd, stöd) of your organisation (role publisher).",
        "Changes the fields given of one of your organisation's interventions, if nobody changed it since you read it.",
        "Retires one of your organisation's interventions: it stays for history and is listed with `includeRetired: true` only.",
        "A new intervention of your organisation. Every problem is reported at once in the payload's errors.",
        "Changes to an intervention: only the fields given change (null clears a field); the version you read must still be current.",
        "The intervention to retire and the version you read.",
        ItemField: "intervention");

    public override CoverageFacet Coverage { get; } = new("INTERVENTION",
        "Interventions (insatser, åtgärder, stöd). Dimensions: DEVELOPMENT_AREA, TARGET_GROUP, INTERVENTION_KIND.",
        Position: 1, "interventionFilter", "Counts only the interventions this filter lets through (kind INTERVENTION only).",
        new Dictionary<CoverageDimension, string>
        {
            [CoverageDimension.DevelopmentArea] = Schemes.DevelopmentArea, [CoverageDimension.TargetGroup] = Schemes.TargetGroup,
            [CoverageDimension.InterventionKind] = Schemes.InterventionKind,
        });

    protected override IQueryable<OwnerCode> CodesOf(IQueryable<Intervention> interventions, string scheme) => scheme == Schemes.InterventionKind
        ? interventions.Select(i => new OwnerCode { OwnerId = i.OwnerId, Code = i.KindCode })
        : interventions.SelectMany(i => i.Codes.Where(c => c.Scheme == scheme), (i, c) => new OwnerCode { OwnerId = i.OwnerId, Code = c.Code });

    public override void ConfigureModel(ModelBuilder model) =>
        model.ApplyConfiguration(new InterventionConfiguration()).ApplyConfiguration(new InterventionCodeConfiguration())
            .ApplyConfiguration(new InterventionPartnerConfiguration());
}
