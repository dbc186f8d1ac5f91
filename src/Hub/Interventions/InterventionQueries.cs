using GraphQL.Types;
using Hub.GraphQL;

namespace Hub.Interventions;

public static class InterventionQueries
{
    public static void AddInterventionQueries(this ObjectGraphType query) =>
        query.AddInventoryList<Intervention, InterventionConnectionType, InterventionFilterInputType, InterventionFilter>("interventions",
            "Interventions of every organisation that you may see (insatsinventering).",
            "Which interventions to list.", db => db.Interventions);
}
