using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Hub.Organisations;
using Hub.Vocabularies;

namespace Hub.Interventions;

public sealed class InterventionType : ObjectGraphType<Intervention>
{
    public const string TypeName = "Intervention";

    public InterventionType()
    {
        Name = TypeName;
        Description = "An intervention, measure or support (insats, åtgärd eller stöd) that an organisation offers to raise the target group's entry into work.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Intervention;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (opaque, stable).").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(i => i.ExternalId, nullable: true).Description("The owner's own id for the intervention, used to match imports.");
        Field<NonNullGraphType<VocabularyEntryType>>("kind").Description("Insats, åtgärd or stöd, from the INTERVENTION_KIND vocabulary.")
            .Resolve(c => c.Hub().Entry(Schemes.InterventionKind, c.Source.KindCode));
        Field(i => i.Title).Description("Title (titel).");
        Field(i => i.Summary, nullable: true).Description("One-sentence summary (sammanfattning).");
        Field(i => i.Description, nullable: true).Description("Full description (beskrivning).");
        Field<NonNullGraphType<OrganisationType>>("owner").Description("The organisation responsible for the intervention (ansvarig organisation).")
            .Resolve(c => c.Hub().OrganisationById(c.Source.OwnerId));
        this.CodeList(Schemes.DevelopmentArea, "developmentAreas", "Development areas of the joint plan (utvecklingsområden) the intervention serves.", InterventionCode.OfIntervention);
        this.CodeList(Schemes.TargetGroup, "targetGroups", "Who the intervention is for (målgrupper), from the TARGET_GROUP vocabulary.", InterventionCode.OfIntervention);
        this.CodeList(Schemes.County, "counties", "Counties (län) where it is offered; empty when it is offered nationwide.", InterventionCode.OfIntervention);
        Field<NonNullGraphType<BooleanGraphType>>("nationwide").Description("True when offered in the whole country (rikstäckande).")
            .Resolve(c => c.Hub().CodesOf(c.Source.Id).Then(codes => codes.All(x => x.Scheme != Schemes.County)));
        Field<NonNullGraphType<InterventionStatusGraphType>>("status").Description("Planned, ongoing, completed or discontinued.").Resolve(c => c.Source.Status);
        Field(i => i.StartDate, nullable: true).Description("First day (startdatum).");
        Field(i => i.EndDate, nullable: true).Description("Last day (slutdatum); null while open-ended.");
        Field<VocabularyEntryType>("resultsChainLevel").Description("Level in Statskontoret's results chain (resultatkedja): activity, product, changed working method or new outcome.")
            .Resolve(c => c.Hub().Entry(Schemes.ResultsChainLevel, c.Source.ResultsChainLevelCode));
        this.Connection<Intervention, OrganisationConnectionType>("partners", "Organisations that take part in the intervention (samverkanspartner), ordered by code.")
            .Resolve(c => c.Hub().PartnersOf(c.Source.Id, c.Paging(), c.ArgumentsKey()));
        Field(i => i.WebUrl, nullable: true).Description("Link to more information (webblänk).");
        Field<ContactGraphType>("contact").Description("Who to ask about the intervention.")
            .Resolve(c => ContactResolver.For(c.Hub().Caller, c.Source.ContactName, c.Source.ContactEmail, c.Source.ContactPhone));
        Field<NonNullGraphType<VisibilityGraphType>>("visibility").Description("Who may read the intervention.").Resolve(c => c.Source.Visibility);
        Field(i => i.CreatedAt).Description("When the intervention was first published in the Hub.");
        Field(i => i.UpdatedAt).Description("When the intervention last changed.");
        Field(i => i.RetiredAt, nullable: true).Description("When it was retired (kept for history, hidden from default lists); null while current.");
        Field(i => i.Version).Description("Increases with every change; pass it as `expectedVersion` when updating.");
    }
}

public sealed class InterventionConnectionType() : ConnectionGraphType<InterventionType, Intervention>(InterventionType.TypeName, "interventions");

public sealed class InterventionFilterInputType : InputObjectGraphType<InterventionFilter>
{
    public InterventionFilterInputType()
    {
        Name = "InterventionFilter";
        Description = "Narrows a list of interventions. Fields combine with AND; several values in one field with OR. Vocabulary values are given by code.";
        ItemFilterFields.AddCommon(this, "interventions");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("kinds").Description("INTERVENTION_KIND codes: INTERVENTION, MEASURE, SUPPORT.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("developmentAreas").Description("DEVELOPMENT_AREA codes.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroups").Description("TARGET_GROUP codes, e.g. FAMILY_MIGRANTS.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("resultsChainLevels").Description("RESULTS_CHAIN_LEVEL codes.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("counties").Description("COUNTY codes (01 Stockholm … 25 Norrbotten); nationwide interventions match every county.");
        Field<BooleanGraphType>("nationwide").Description("True: only nationwide interventions; false: only regional ones.");
        Field<ListGraphType<NonNullGraphType<InterventionStatusGraphType>>>("statuses").Description("Only interventions with one of these statuses.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("partners").Description("Only interventions with one of these partner organisations (codes).");
    }
}
