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
                if (!hub.Kinds.TryDecode(itemId, out var item, out var kind)
                    || !await kind!.ExistsForAsync(hub, item.Id, ownership.IsHubAdmin(hub.Caller), c.CancellationToken))
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
}
