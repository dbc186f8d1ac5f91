using GraphQL.DataLoader;
using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Interventions;

public static class InterventionDataLoaders
{
    /// <summary>Development areas, target groups and counties of interventions, one statement per batch (whether it is nationwide).</summary>
    public static IDataLoaderResult<IReadOnlyList<InterventionCode>> CodesOf(this HubRequestContext hub, int interventionId) =>
        hub.Loaders.Get<int, IReadOnlyList<InterventionCode>>("intervention-codes", async (ids, ct) =>
            (await hub.Db.InterventionCodes.AsNoTracking().Where(c => ids.Contains(c.InterventionId)).ToListAsync(ct))
                .GroupBy(c => c.InterventionId).ToDictionary(g => g.Key, g => (IReadOnlyList<InterventionCode>)g.ToList()), []).LoadAsync(interventionId);
}
