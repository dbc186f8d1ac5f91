using GraphQL.DataLoader;
using Hub.Access;
using Hub.Data.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hub.GraphQL.DataLoading;

/// <summary>The loaders every inventory kind shares, one batch per kind (and per argument set for nested lists).</summary>
public static class ItemLoaders
{
    /// <summary>The items of one kind the caller may see, by id: node, search hits and references share one batch.</summary>
    public static IDataLoaderResult<T?> VisibleById<T>(this HubRequestContext hub, int id) where T : class, IOwnedItem =>
        hub.Loaders.Get<int, T?>($"by-id:{typeof(T).FullName}", async (ids, ct) =>
            await hub.Db.Set<T>().AsNoTracking().VisibleTo(hub.Caller).Where(i => ids.Contains(i.Id))
                .ToDictionaryAsync(i => i.Id, i => (T?)i, ct), null).LoadAsync(id);

    /// <summary>A page of an organisation's items of one kind, for every organisation of the batch in one statement.</summary>
    public static IDataLoaderResult<Page<T>> OwnedBy<T>(this HubRequestContext hub, int organisationId, ItemFilter<T> filter,
        Ordering<T> ordering, PageRequest request, string argumentsKey) where T : class, IOwnedItem =>
        hub.Loaders.Get<int, Page<T>>($"owned:{typeof(T).FullName}:{argumentsKey}", (ids, ct) =>
            NestedPaging.PagePerParentAsync(hub.Db.Organisations, ids,
                filter.Apply(hub.Db.Set<T>().AsNoTracking().VisibleTo(hub.Caller), hub.Db),
                i => i.OwnerId, ordering, request, ct), Page<T>.Empty).LoadAsync(organisationId);
}
