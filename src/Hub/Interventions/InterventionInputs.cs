using Hub.Data;
using Hub.GraphQL.Types;
using Hub.Publishing;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Interventions;

/// <summary>
/// The fields a publisher sets on an intervention, declared once for the mutations' inputs, the import columns
/// (with their Swedish headers) and the audit trail.
/// </summary>
public sealed class InterventionInputs : OwnedItemKind<Intervention>
{
    // Declared before Kind: static fields initialise in order, and Kind's fields use it.
    private static readonly Dictionary<string, InterventionStatus> StatusWords = new()
    {
        ["planerad"] = InterventionStatus.Planned, ["pågående"] = InterventionStatus.Ongoing, ["pågår"] = InterventionStatus.Ongoing,
        ["avslutad"] = InterventionStatus.Completed, ["genomförd"] = InterventionStatus.Completed, ["avbruten"] = InterventionStatus.Discontinued,
    };

    public static readonly InterventionInputs Kind = new();

    public override string Key => Access.ItemKinds.Intervention;

    public override string Noun => "intervention";

    public override IReadOnlyList<ItemField<Intervention>> Fields { get; } =
    [
        ExternalIdField(i => i.ExternalId, (i, v) => i.ExternalId = v),
        new CodeField<Intervention>("kind", "INTERVENTION_KIND code: INTERVENTION (insats), MEASURE (åtgärd) or SUPPORT (stöd).", Schemes.InterventionKind,
            i => i.KindCode, (i, v) => i.KindCode = v!) { Required = true, Aliases = ["typ", "slag", "insatstyp"] },
        new TextField<Intervention>("title", "Title (titel), at most 300 characters.", i => i.Title, (i, v) => i.Title = v!, 300)
            { Required = true, Aliases = ["titel", "namn", "rubrik"] },
        new TextField<Intervention>("summary", "One-sentence summary (sammanfattning), at most 1 000 characters.", i => i.Summary, (i, v) => i.Summary = v, 1_000)
            { Aliases = ["sammanfattning", "kort beskrivning"] },
        new TextField<Intervention>("description", "Full description (beskrivning).", i => i.Description, (i, v) => i.Description = v, 10_000)
            { Aliases = ["beskrivning"] },
        Codes("developmentAreas", "DEVELOPMENT_AREA codes of the joint plan (utvecklingsområden).", Schemes.DevelopmentArea, ["utvecklingsområden", "utvecklingsområde"]),
        Codes("targetGroups", "TARGET_GROUP codes (målgrupper), e.g. FAMILY_MIGRANTS.", Schemes.TargetGroup, ["målgrupper", "målgrupp"]),
        Codes("counties", "COUNTY codes (län), 01 Stockholm … 25 Norrbotten; none means offered nationwide (rikstäckande).", Schemes.County, ["län", "lan"]),
        new EnumField<Intervention, InterventionStatus>("status", "PLANNED, ONGOING, COMPLETED or DISCONTINUED (status).", typeof(InterventionStatusGraphType),
            i => i.Status, (i, v) => i.Status = v!.Value, StatusWords) { Required = true, Aliases = ["läge"] },
        new DateField<Intervention>("startDate", "First day (startdatum).", i => i.StartDate, (i, v) => i.StartDate = v) { Aliases = ["startdatum", "start"] },
        new DateField<Intervention>("endDate", "Last day (slutdatum), not before the start date; null while open-ended.", i => i.EndDate, (i, v) => i.EndDate = v)
            { Aliases = ["slutdatum", "slut"] },
        new CodeField<Intervention>("resultsChainLevel", "RESULTS_CHAIN_LEVEL code: the level in Statskontoret's results chain (resultatkedja).",
            Schemes.ResultsChainLevel, i => i.ResultsChainLevelCode, (i, v) => i.ResultsChainLevelCode = v) { Aliases = ["resultatkedja", "nivå i resultatkedjan", "nivå"] },
        new OrganisationListField<Intervention, InterventionPartner>("partners", "Codes of the organisations taking part (samverkanspartner), e.g. AF, MALMO.",
            i => i.Partners, p => p.OrganisationId, id => new InterventionPartner { OrganisationId = id }) { Aliases = ["samverkanspartner", "partner", "samverkan"] },
        new UrlField<Intervention>("webUrl", "Link to more information (webblänk): an absolute http or https address.", i => i.WebUrl, (i, v) => i.WebUrl = v)
            { Aliases = ["url", "länk", "webbadress", "webblänk"] },
        .. ContactFields(i => i.ContactName, (i, v) => i.ContactName = v, i => i.ContactEmail, (i, v) => i.ContactEmail = v,
            i => i.ContactPhone, (i, v) => i.ContactPhone = v),
        VisibilityField(i => i.Visibility, (i, v) => i.Visibility = v),
    ];

    public override Intervention New(int? ownerId) => new() { OwnerId = ownerId!.Value, Title = "", KindCode = "" };

    public override IQueryable<Intervention> Tracked(HubDbContext db) => db.Interventions.Include(i => i.Codes).Include(i => i.Partners).AsSplitQuery();

    public override int VersionOf(Intervention item) => item.Version;

    public override void Stamp(Intervention item, int version, DateTimeOffset at)
    {
        item.Version = version;
        item.UpdatedAt = at;
        if (version == 1) item.CreatedAt = at;
    }

    public override void Retire(Intervention item, DateTimeOffset at) => item.RetiredAt = at;

    public override IEnumerable<FieldProblem> CheckTogether(Func<string, object?> valueOf)
    {
        if (valueOf("startDate") is DateOnly start && valueOf("endDate") is DateOnly end && end < start)
            yield return new FieldProblem("endDate", UserErrorCodes.DatesOutOfOrder, $"endDate {end:yyyy-MM-dd} lies before startDate {start:yyyy-MM-dd}.");
    }

    protected override IQueryable<Intervention> All(HubDbContext db) => db.Interventions;

    public override string? ExternalIdOf(Intervention item) => item.ExternalId;

    private static CodeListField<Intervention, InterventionCode> Codes(string name, string description, string scheme, string[] aliases) =>
        new(name, description, scheme, i => i.Codes, c => c.Scheme, c => c.Code, code => new InterventionCode { Scheme = scheme, Code = code })
            { Aliases = aliases };
}
