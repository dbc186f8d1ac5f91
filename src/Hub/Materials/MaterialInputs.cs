using Hub.Data;
using Hub.Publishing;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Materials;

/// <summary>
/// The fields a publisher sets on a competence-development material, declared once for the mutations' inputs, the
/// import columns (with their Swedish headers) and the audit trail.
/// </summary>
public sealed class MaterialInputs : OwnedItemKind<CompetenceMaterial>
{
    public static readonly MaterialInputs Kind = new();

    public override string Key => Access.ItemKinds.Material;

    public override string Noun => "material";

    public override IReadOnlyList<ItemField<CompetenceMaterial>> Fields { get; } =
    [
        ExternalIdField(m => m.ExternalId, (m, v) => m.ExternalId = v),
        new TextField<CompetenceMaterial>("title", "Title (titel), at most 300 characters.", m => m.Title, (m, v) => m.Title = v!, 300)
            { Required = true, Aliases = ["titel", "namn", "rubrik"] },
        new TextField<CompetenceMaterial>("description", "What the material covers and how it is used (beskrivning).", m => m.Description, (m, v) => m.Description = v, 10_000)
            { Aliases = ["beskrivning"] },
        new CodeField<CompetenceMaterial>("format", "FORMAT code, e.g. E_LEARNING (format).", Schemes.Format, m => m.FormatCode, (m, v) => m.FormatCode = v!)
            { Required = true, Aliases = ["formatkod", "typ"] },
        Codes("themes", "THEME codes (teman).", Schemes.Theme, ["teman", "tema"]),
        Codes("audiences", "AUDIENCE codes: who the material is for (målgrupp för materialet).", Schemes.Audience, ["målgrupper", "målgrupp"]),
        Codes("languages", "LANGUAGE codes, e.g. sv, ar (språk).", Schemes.Language, ["språk"]),
        Codes("developmentAreas", "DEVELOPMENT_AREA codes of the joint plan (utvecklingsområden).", Schemes.DevelopmentArea, ["utvecklingsområden", "utvecklingsområde"]),
        new IntField<CompetenceMaterial>("durationMinutes", "Approximate time needed, in minutes (tidsåtgång), 0 to 100 000.", m => m.DurationMinutes, (m, v) => m.DurationMinutes = v, 0, 100_000)
            { Aliases = ["tidsåtgång", "minuter", "längd"] },
        new TextField<CompetenceMaterial>("platform", "Where the material lives, e.g. Migrationsakademin (plattform).", m => m.Platform, (m, v) => m.Platform = v, 200)
            { Aliases = ["plattform"] },
        new UrlField<CompetenceMaterial>("webUrl", "Link to the material (webblänk): an absolute http or https address.", m => m.WebUrl, (m, v) => m.WebUrl = v)
            { Aliases = ["url", "länk", "webbadress", "webblänk"] },
        new TextField<CompetenceMaterial>("licence", "Terms of reuse (licens), e.g. CC BY 4.0.", m => m.Licence, (m, v) => m.Licence = v, 200)
            { Aliases = ["licens", "license"] },
        new DateField<CompetenceMaterial>("lastReviewed", "When the owner last checked that the material is current (senast granskad).", m => m.LastReviewed, (m, v) => m.LastReviewed = v)
            { Aliases = ["senast granskad", "granskad"] },
        .. ContactFields(m => m.ContactName, (m, v) => m.ContactName = v, m => m.ContactEmail, (m, v) => m.ContactEmail = v,
            m => m.ContactPhone, (m, v) => m.ContactPhone = v),
        VisibilityField(m => m.Visibility, (m, v) => m.Visibility = v),
    ];

    public override CompetenceMaterial New(int? ownerId) => new() { OwnerId = ownerId!.Value, Title = "", FormatCode = "" };

    public override IQueryable<CompetenceMaterial> Tracked(HubDbContext db) => db.Materials.Include(m => m.Codes);

    public override int VersionOf(CompetenceMaterial item) => item.Version;

    public override void Stamp(CompetenceMaterial item, int version, DateTimeOffset at)
    {
        item.Version = version;
        item.UpdatedAt = at;
        if (version == 1) item.CreatedAt = at;
    }

    public override void Retire(CompetenceMaterial item, DateTimeOffset at) => item.RetiredAt = at;

    protected override IQueryable<CompetenceMaterial> All(HubDbContext db) => db.Materials;

    public override string? ExternalIdOf(CompetenceMaterial item) => item.ExternalId;

    private static CodeListField<CompetenceMaterial, MaterialCode> Codes(string name, string description, string scheme, string[] aliases) =>
        new(name, description, scheme, m => m.Codes, c => c.Scheme, c => c.Code, code => new MaterialCode { Scheme = scheme, Code = code })
            { Aliases = aliases };
}
