using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.Interventions;
using Hub.Organisations;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Bench.Baseline;

public sealed record InterventionNode(string Id, string Title, string Status, OwnerJson Owner, NodesOnly<EntryJson> TargetGroups,
    NodesOnly<PartnerJson> Partners);

public sealed record InterventionsData(Connection<InterventionNode> Interventions);

/// <summary>The intervention list as a plain endpoint, with the statements the Hub sends: page, owners, target-group pages, partner pages.</summary>
public static class BaselineInterventions
{
    public const int PartnersPerIntervention = 5;

    public static async Task<GraphQLData<InterventionsData>> ListAsync(string? targetGroup, HubDbContext db, VocabularyCache.Snapshot vocabulary, CancellationToken ct)
    {
        var filter = new InterventionFilter { TargetGroups = targetGroup is null ? null : [targetGroup] };
        var interventions = filter.Apply(db.Interventions.AsNoTracking().VisibleTo(Caller.Anonymous), db);
        var page = await ItemOrderings<Intervention>.Default.PageAsync(interventions, new PageRequest(20, null, null, null), ct);
        var rows = page.Edges.Select(e => e.Node).ToList();
        var ids = rows.Select(i => i.Id).ToList();
        var owners = await BaselineMaterials.OwnersAsync(db, rows.Select(i => i.OwnerId), ct);
        var targetGroups = await CodeLists.EntriesPerItemAsync<Intervention, InterventionCode>(db, vocabulary, ids, Schemes.TargetGroup, InterventionCode.OfIntervention, BaselineJson.DefaultPage, ct);
        var partners = await NestedPaging.PagePerParentAsync(db.Interventions.AsNoTracking(), ids, db.InterventionPartners.AsNoTracking(),
            p => p.InterventionId, p => p.Organisation, OrganisationOrderings.ByCode, new PageRequest(PartnersPerIntervention, null, null, null), ct);
        var nodes = rows.Select(i => new InterventionNode(GlobalId.Encode(InterventionType.TypeName, i.Id), i.Title, BaselineJson.ConstantCase(i.Status),
            owners[i.OwnerId],
            BaselineJson.Nodes(targetGroups, i.Id),
            new NodesOnly<PartnerJson>(partners[i.Id].Edges.Select(e => new PartnerJson(e.Node.Code, e.Node.Name)).ToList()))).ToList();
        return new(new InterventionsData(new Connection<InterventionNode>(nodes, new PageInfoJson(page.HasNextPage, page.EndCursor))));
    }
}
