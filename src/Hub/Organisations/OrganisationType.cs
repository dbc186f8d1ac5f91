using GraphQL;
using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Hub.Kinds;

namespace Hub.Organisations;

public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public const string TypeName = "Organisation";

    public OrganisationType(KindRegistry kinds)
    {
        Name = TypeName;
        Description = "An agency of the joint plan (AF, FK, MIGR, JAMY, SOS) or a partner (SKR, county administrative boards, municipalities, regions, civil society).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Organisation;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (opaque, stable).").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(o => o.Code).Description("Short code used across the Hub and in tokens: AF, FK, MIGR, JAMY, SOS, SKR, LST-AB …");
        Field(o => o.Name).Description("Name in Swedish, e.g. Arbetsförmedlingen.");
        Field(o => o.NameEn, nullable: true).Description("Name in English, e.g. Swedish Public Employment Service.");
        Field<NonNullGraphType<OrganisationKindGraphType>>("kind").Description("What kind of body it is.").Resolve(c => c.Source.Kind);
        Field(o => o.IsPlanAgency).Description("True for the agencies of the joint plan (myndighetsgemensam plan); false for partners.");
        Field(o => o.WebUrl, nullable: true).Description("The organisation's website.");
        Field(o => o.UpdatedAt).Description("When the organisation's details last changed.");
        Field(o => o.Version).Description("Increases with every change; pass it as `expectedVersion` when updating.");

        foreach (var kind in kinds.Inventories) kind.AddOwnedList(this);
    }
}

public sealed class OrganisationConnectionType() : ConnectionGraphType<OrganisationType, Organisation>(OrganisationType.TypeName, "organisations");

public sealed class OrganisationFilterInputType : InputObjectGraphType<OrganisationFilter>
{
    public OrganisationFilterInputType()
    {
        Name = "OrganisationFilter";
        Description = "Narrows a list of organisations. Fields combine with AND; several values in one field with OR.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("codes").Description("Only these organisation codes.");
        Field<ListGraphType<NonNullGraphType<OrganisationKindGraphType>>>("kinds").Description("Only these kinds of organisation.");
        Field<BooleanGraphType>("isPlanAgency").Description("True: only the agencies of the joint plan; false: only partners.");
        Field<StringGraphType>("text").Description("Part of the Swedish or English name, or the exact code.");
    }
}
