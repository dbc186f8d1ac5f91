using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hub.Materials;

public static class MaterialQueries
{
    public static void AddMaterialQueries(this ObjectGraphType query) =>
        query.Connection<object?, MaterialConnectionType>("materials",
                "Competence-development materials of every organisation that you may see (kompetensutvecklingsinventering).")
            .Argument<MaterialFilterInputType>("filter", "Which materials to list.")
            .Argument<ItemOrderInputType>("orderBy", "Order of the list (default: title).")
            .ResolveAsync(async c =>
            {
                var hub = c.Hub();
                var materials = c.MaterialFilter().Apply(hub.Db.Materials.AsNoTracking().VisibleTo(hub.Caller), hub.Db);
                return await c.Ordering<CompetenceMaterial>().PageAsync(materials, c.Paging(), c.CancellationToken);
            });

    public static MaterialFilter MaterialFilter(this IResolveFieldContext c)
    {
        var filter = c.GetArgument<MaterialFilter?>("filter") ?? Materials.MaterialFilter.None;
        Vocabularies.CodeCheck.EnsureKnown(c.Hub().Vocabulary, "filter", filter.CodeFields());
        return filter;
    }
}
