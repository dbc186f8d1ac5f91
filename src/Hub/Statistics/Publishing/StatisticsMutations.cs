using GraphQL.Types;
using Hub.Auth;
using Hub.Publishing;

namespace Hub.Statistics.Publishing;

public static class StatisticsMutations
{
    public static void AddStatisticsMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<PublishStatisticsInputType, PublishStatisticsPayloadType>("publishStatistics",
            "Anonymises and publishes an aggregated follow-up table of your organisation (role publisher): checks that it is an aggregate of shared codes, " +
            "adds every total, suppresses small counts and whatever would reveal them, and stores only the result. Republishing an externalId replaces that dataset. " +
            "A table linked to datasets already published (same intervention, indicator and reference period) is accepted alone only when the cells they share are published in both; otherwise use publishLinkedStatistics.",
            Policies.Publisher,
            async r => await PublishAsync(r, [StatisticsInput.Read(r.Input, InputPlaces.Root)]));
        mutation.Mutation<PublishLinkedStatisticsInputType, PublishLinkedStatisticsPayloadType>("publishLinkedStatistics",
            "Publishes several tables of your organisation in one transaction (role publisher); tables of the same people (same intervention, indicator and reference period) " +
            "are anonymised together, so that no cell of one can be worked out with the help of another.",
            Policies.Publisher,
            async r =>
            {
                var datasets = (r.Input["datasets"] as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>().ToList() ?? [];
                return await PublishAsync(r, [.. datasets.Select((d, i) => StatisticsInput.Read(d,
                    new InputPlaces(["input", "datasets", i.ToString(System.Globalization.CultureInfo.InvariantCulture)])))]);
            });
    }

    private static async Task<StatisticsPublished> PublishAsync(MutationRequest r, IReadOnlyList<TableSubmission> submissions)
    {
        var caller = r.Hub.Caller;
        r.Services.GetRequiredService<Ownership>().EnsureMayChange(caller, StatisticsDatasetKind.Instance, caller.OrganisationId);
        await using var session = await r.Services.GetRequiredService<Publisher>().BeginAsync(r.Hub.Db, Actor.From(caller), r.CancellationToken);
        var result = await StatisticsPublication.PublishAsync(session.Db, session.Context.Vocabulary,
            new PublishingOrganisation(caller.OrganisationId!.Value, caller), submissions, session.Context.Now, r.CancellationToken);
        if (!result.Succeeded) return new StatisticsPublished([], [.. result.Problems.Select(p => new UserError(p.Code, p.Message, p.Path))]);
        foreach (var table in result.Tables)
            session.Record(StatisticsDatasetKind.Instance, table.Dataset, table.Created ? ItemMutations.Create : ItemMutations.Update, table.Changes);
        await session.CommitAsync(r.CancellationToken);
        return new StatisticsPublished(result.Tables, []);
    }
}
