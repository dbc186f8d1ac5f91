using Hub.Coverage;
using Hub.Data;
using Hub.Kinds;
using Hub.Publishing;
using Hub.Search;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Materials;

/// <summary>Competence-development materials as an inventory kind: listed, searched, imported, published one by one and counted in coverage.</summary>
public sealed class MaterialDescriptor : InventoryDescriptor<CompetenceMaterial, MaterialFilter, MaterialType, MaterialConnectionType, MaterialFilterInputType>
{
    public override string Key => Access.ItemKinds.Material;

    public override string TypeName => MaterialType.TypeName;

    public override OwnedItemKind<CompetenceMaterial> Publishing => MaterialInputs.Kind;

    public override ListFacet List { get; } = new("materials", "materials",
        "Competence-development materials of every organisation that you may see (kompetensutvecklingsinventering).",
        "Which materials to list.", "The competence-development materials this organisation owns that you may see.");

    public override SearchFacet Search { get; } = new(SearchKinds.Material, "Competence-development materials.", IndexCode: 2);

    public override ImportFacet Import { get; } = new("MATERIALS", "Competence-development materials (kompetensutvecklingsinventering).", Position: 0);

    public override MutationFacet Mutations { get; } = new("Material",
        "Publishes a new competence-development material of your organisation (role publisher).",
        "Changes the fields given of one of your organisation's materials, if nobody changed it since you read it.",
        "Retires one of your organisation's materials: it stays for history and is listed with `includeRetired: true` only.",
        "A new competence-development material of your organisation. Every problem is reported at once in the payload's errors.",
        "Changes to a material: only the fields given change (null clears a field); the version you read must still be current.",
        "The material to retire and the version you read.",
        ItemField: "material");

    public override CoverageFacet Coverage { get; } = new("MATERIAL",
        "Competence-development materials (kompetensutvecklingsmaterial). Dimensions: THEME, DEVELOPMENT_AREA, FORMAT, AUDIENCE, LANGUAGE.",
        Position: 0, "materialFilter", "Counts only the materials this filter lets through (kind MATERIAL only).",
        new Dictionary<CoverageDimension, string>
        {
            [CoverageDimension.Theme] = Schemes.Theme, [CoverageDimension.DevelopmentArea] = Schemes.DevelopmentArea,
            [CoverageDimension.Format] = Schemes.Format, [CoverageDimension.Audience] = Schemes.Audience,
            [CoverageDimension.Language] = Schemes.Language,
        });

    protected override IQueryable<OwnerCode> CodesOf(IQueryable<CompetenceMaterial> materials, string scheme) => scheme == Schemes.Format
        ? materials.Select(m => new OwnerCode { OwnerId = m.OwnerId, Code = m.FormatCode })
        : materials.SelectMany(m => m.Codes.Where(c => c.Scheme == scheme), (m, c) => new OwnerCode { OwnerId = m.OwnerId, Code = c.Code });

    public override void ConfigureModel(ModelBuilder model) =>
        model.ApplyConfiguration(new MaterialConfiguration()).ApplyConfiguration(new MaterialCodeConfiguration());
}
