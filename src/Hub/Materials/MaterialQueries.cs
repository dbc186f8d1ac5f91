using GraphQL.Types;
using Hub.GraphQL;

namespace Hub.Materials;

public static class MaterialQueries
{
    public static void AddMaterialQueries(this ObjectGraphType query) =>
        query.AddInventoryList<CompetenceMaterial, MaterialConnectionType, MaterialFilterInputType, MaterialFilter>("materials",
            "Competence-development materials of every organisation that you may see (kompetensutvecklingsinventering).",
            "Which materials to list.", db => db.Materials);
}
