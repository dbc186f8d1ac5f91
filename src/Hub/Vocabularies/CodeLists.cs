using System.Linq.Expressions;
using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hub.Vocabularies;

/// <summary>
/// An item's entries of one vocabulary (a material's themes, an intervention's counties …), stored as code rows and
/// listed as a connection in the vocabulary's order: one field declaration and one statement per batch for every kind.
/// </summary>
public static class CodeLists
{
    /// <summary>Declares the connection field of an item's entries of <paramref name="scheme"/>.</summary>
    /// <param name="itemOf">Which item a code row belongs to, e.g. <c>c =&gt; c.MaterialId</c>.</param>
    public static void CodeList<TItem, TCode>(this ObjectGraphType<TItem> type, string scheme, string name, string description,
        Expression<Func<TCode, int>> itemOf) where TItem : class, IEntity where TCode : class, ICodeRow =>
        type.Connection<TItem, VocabularyEntryConnectionType>(name, description + " In the vocabulary's listing order.")
            .Resolve(c => c.Hub().EntriesOf<TItem, TCode>(c.Source.Id, scheme, itemOf, c.Paging(), c.ArgumentsKey()));

    /// <summary>A page of an item's entries of one vocabulary, for every item of the batch in one statement.</summary>
    public static IDataLoaderResult<Page<VocabularyEntry>> EntriesOf<TItem, TCode>(this HubRequestContext hub, int itemId, string scheme,
        Expression<Func<TCode, int>> itemOf, PageRequest request, string argumentsKey) where TItem : class, IEntity where TCode : class, ICodeRow =>
        hub.Loaders.Get<int, Page<VocabularyEntry>>($"codes:{typeof(TCode).FullName}:{scheme}:{argumentsKey}", (ids, ct) =>
            EntriesPerItemAsync<TItem, TCode>(hub.Db, hub.Vocabulary, ids, scheme, itemOf, request, ct), Page<VocabularyEntry>.Empty).LoadAsync(itemId);

    /// <summary>The statement behind <see cref="EntriesOf{TItem,TCode}"/> (the load benchmark's baseline sends it too).</summary>
    public static Task<IReadOnlyDictionary<int, Page<VocabularyEntry>>> EntriesPerItemAsync<TItem, TCode>(HubDbContext db,
        VocabularyCache.Snapshot vocabulary, IReadOnlyList<int> itemIds, string scheme, Expression<Func<TCode, int>> itemOf,
        PageRequest request, CancellationToken cancellationToken) where TItem : class, IEntity where TCode : class, ICodeRow =>
        EntryRef.PagePerParentAsync(db, vocabulary, itemIds, db.Set<TCode>().AsNoTracking(), itemOf, scheme, request, cancellationToken);
}
