using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hub.Interventions;

public static class InterventionQueries
{
    public static void AddInterventionQueries(this ObjectGraphType query) =>
        query.Connection<object?, InterventionConnectionType>("interventions",
                "Interventions of every organisation that you may see (insatsinventering).")
            .Argument<InterventionFilterInputType>("filter", "Which interventions to list.")
            .Argument<ItemOrderInputType>("orderBy", "Order of the list (default: title).")
            .ResolveAsync(async c =>
            {
                var hub = c.Hub();
                var interventions = c.InterventionFilter().Apply(hub.Db.Interventions.AsNoTracking().VisibleTo(hub.Caller), hub.Db);
                return await c.Ordering<Intervention>().PageAsync(interventions, c.Paging(), c.CancellationToken);
            });

    public static InterventionFilter InterventionFilter(this IResolveFieldContext c)
    {
        var filter = c.GetArgument<InterventionFilter?>("filter") ?? Interventions.InterventionFilter.None;
        Vocabularies.CodeCheck.EnsureKnown(c.Hub().Vocabulary, "filter", filter.CodeFields());
        return filter;
    }
}
