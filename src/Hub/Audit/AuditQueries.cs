using GraphQL;
using GraphQL.Types;
using Hub.Auth;
using Hub.Access;
using Hub.Data.Paging;
using Hub.Errors;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

public static class AuditQueries
{
    private static readonly Ordering<AuditEntry> BySequence = new Ordering<AuditEntry, int>("SEQUENCE", e => e.Id);

    public static void AddAuditQueries(this ObjectGraphType query)
    {
        query.Connection<object?, AuditEntryConnectionType>("auditTrail",
                "The history of one item, oldest change first: for the owning organisation and the Hub's admins.")
            .Argument<NonNullGraphType<IdGraphType>>("itemId", "The item's global id.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .ResolveAsync(async c =>
            {
                var hub = c.Hub();
                var itemId = c.GetArgument<string>("itemId");
                var ownership = c.RequestServices!.GetRequiredService<Ownership>();
                // An item the caller may not see answers exactly as one that does not exist, or ids could be enumerated.
                if (!GlobalId.TryDecode(itemId, out ItemRef item) || !await ExistsForAsync(hub, item, ownership.IsHubAdmin(hub.Caller), c.CancellationToken))
                    throw new HubException(ErrorCodes.NotFound, $"No item has the id '{itemId}', or you may not see it.",
                        new Dictionary<string, object?> { ["argument"] = "itemId" });
                // Entries name the item by its domain reference; those written before, by its global id.
                var reference = item.ToString();
                var entries = hub.Db.AuditEntries.AsNoTracking().Where(e => e.ItemId == reference || e.ItemId == itemId);
                var owner = await entries.Select(e => new { e.Owner }).FirstOrDefaultAsync(c.CancellationToken);
                if (owner is not null) ownership.EnsureMayReadAudit(hub.Caller, owner.Owner);
                return await BySequence.PageAsync(entries, c.Paging(), c.CancellationToken);
            });
        query.Connection<object?, AuditEntryConnectionType>("auditLog",
                "Every change to an organisation's items, oldest first: for that organisation and the Hub's admins.")
            .Argument<NonNullGraphType<StringGraphType>>("organisation", "The owning organisation's code, e.g. MIGR.")
            .Argument<DateTimeOffsetGraphType>("since", "Only changes at or after this instant.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .ResolveAsync(async c =>
            {
                var hub = c.Hub();
                var organisation = c.GetArgument<string>("organisation");
                c.RequestServices!.GetRequiredService<Ownership>().EnsureMayReadAudit(hub.Caller, organisation);
                var entries = hub.Db.AuditEntries.AsNoTracking().Where(e => e.Owner == organisation);
                if (c.GetArgument<DateTimeOffset?>("since") is { } since) entries = entries.Where(e => e.At >= since);
                return await BySequence.PageAsync(entries, c.Paging(), c.CancellationToken);
            });
    }

    /// <summary>Whether the item exists and the caller may see it; the Hub's admins read any item's trail.</summary>
    private static async Task<bool> ExistsForAsync(HubRequestContext hub, ItemRef item, bool admin, CancellationToken cancellationToken)
    {
        var key = item.Id;
        return item.Kind switch
        {
            ItemKinds.Material => await Visible(hub.Db.Materials, hub.Caller, admin).AnyAsync(m => m.Id == key, cancellationToken),
            ItemKinds.Intervention => await Visible(hub.Db.Interventions, hub.Caller, admin).AnyAsync(i => i.Id == key, cancellationToken),
            ItemKinds.StatisticsDataset => await Visible(hub.Db.StatisticsDatasets, hub.Caller, admin).AnyAsync(d => d.Id == key, cancellationToken),
            ItemKinds.Organisation => await hub.Db.Organisations.AnyAsync(o => o.Id == key, cancellationToken),
            ItemKinds.VocabularyEntry => hub.Vocabulary.ById(key) is not null,
            _ => false,
        };
    }

    private static IQueryable<T> Visible<T>(IQueryable<T> items, Access.Caller caller, bool admin) where T : class, Access.IOwnedItem =>
        admin ? items : items.VisibleTo(caller);
}
