using GraphQL.Types;
using Hub.GraphQL.Types;

namespace Hub.Materials;

public sealed class MaterialFilterInputType : InputObjectGraphType<MaterialFilter>
{
    public MaterialFilterInputType()
    {
        Name = "MaterialFilter";
        Description = "Narrows a list of materials. Fields combine with AND; several values in one field with OR. Vocabulary values are given by code.";
        ItemFilterFields.AddCommon(this, "materials");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes").Description("THEME codes, e.g. EQUAL_TREATMENT.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("formats").Description("FORMAT codes, e.g. E_LEARNING.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("audiences").Description("AUDIENCE codes, e.g. CASEWORKERS.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("LANGUAGE codes, e.g. sv.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("developmentAreas").Description("DEVELOPMENT_AREA codes, e.g. EQUAL_TREATMENT.");
    }
}
