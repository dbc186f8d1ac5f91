using GraphQL;
using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hub.Organisations;

public static class OrganisationQueries
{
    public static void AddOrganisationQueries(this ObjectGraphType query)
    {
        query.Connection<object?, OrganisationConnectionType>("organisations",
                "The organisations of the Hub: the agencies of the joint plan and their partners, ordered by code.")
            .Argument<OrganisationFilterInputType>("filter", "Which organisations to list.")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<OrganisationFilter?>("filter") ?? OrganisationFilter.None;
                var organisations = filter.Apply(c.Hub().Db.Organisations.AsNoTracking());
                return await OrganisationOrderings.ByCode.PageAsync(organisations, c.Paging(), c.CancellationToken);
            });
        query.Field<OrganisationType>("organisation")
            .Description("One organisation by its code (AF, FK, MIGR …); null when no organisation has that code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The organisation's code, e.g. MIGR.")
            .ResolveAsync(async c =>
            {
                var code = c.GetArgument<string>("code");
                return await c.Hub().Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, c.CancellationToken);
            });
    }
}
