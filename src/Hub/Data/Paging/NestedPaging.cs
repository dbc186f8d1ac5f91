using System.Linq.Expressions;
using Hub.Access;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Paging;

/// <summary>
/// Pages a nested list (an organisation's materials, an intervention's partners …) for many parents with one
/// SQL statement: the per-parent page becomes a correlated subquery that the provider turns into a window
/// function, so nothing is paged in memory and the statement count does not grow with the parents.
/// </summary>
public static class NestedPaging
{
    /// <summary>Pages children that point at their parent (an organisation's materials: <paramref name="parentKey"/> is the owner id).</summary>
    public static Task<IReadOnlyDictionary<int, Page<TChild>>> PagePerParentAsync<TParent, TChild>(
        IQueryable<TParent> parents, IReadOnlyList<int> parentIds, IQueryable<TChild> children,
        Expression<Func<TChild, int>> parentKey, Ordering<TChild> ordering, PageRequest request,
        CancellationToken cancellationToken)
        where TParent : class, IEntity where TChild : class
    {
        var ofBatch = children.Where(InBatch(parentKey, parentIds)).Expression;
        return PageAsync(parents, parentIds, children.Provider, parent => WhereBelongs(ofBatch, parentKey, parent),
            ordering, request, cancellationToken);
    }

    /// <summary>
    /// Pages children reached through link rows (an intervention's partners: <paramref name="parentKey"/> is the link's
    /// intervention id, <paramref name="child"/> its organisation).
    /// </summary>
    public static Task<IReadOnlyDictionary<int, Page<TChild>>> PagePerParentAsync<TParent, TLink, TChild>(
        IQueryable<TParent> parents, IReadOnlyList<int> parentIds, IQueryable<TLink> links,
        Expression<Func<TLink, int>> parentKey, Expression<Func<TLink, TChild?>> child, Ordering<TChild> ordering,
        PageRequest request, CancellationToken cancellationToken)
        where TParent : class, IEntity where TLink : class where TChild : class =>
        PagePerParentAsync(parents, parentIds, links, parentKey, own => own.Select(NonNull(child)), ordering, request, cancellationToken);

    /// <summary>
    /// Pages children that link rows reach by a join rather than a navigation (a material's themes: the link holds the
    /// scheme and code of a vocabulary entry); <paramref name="reach"/> turns one parent's links into its children.
    /// </summary>
    public static Task<IReadOnlyDictionary<int, Page<TChild>>> PagePerParentAsync<TParent, TLink, TChild>(
        IQueryable<TParent> parents, IReadOnlyList<int> parentIds, IQueryable<TLink> links,
        Expression<Func<TLink, int>> parentKey, Func<IQueryable<TLink>, IQueryable<TChild>> reach, Ordering<TChild> ordering,
        PageRequest request, CancellationToken cancellationToken)
        where TParent : class, IEntity where TLink : class where TChild : class
    {
        var ofBatch = links.Where(InBatch(parentKey, parentIds)).Expression;
        return PageAsync(parents, parentIds, links.Provider,
            parent => reach(links.Provider.CreateQuery<TLink>(WhereBelongs(ofBatch, parentKey, parent))).Expression,
            ordering, request, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<int, Page<TChild>>> PageAsync<TParent, TChild>(
        IQueryable<TParent> parents, IReadOnlyList<int> parentIds, IQueryProvider provider,
        Func<ParameterExpression, Expression> childrenOfParent, Ordering<TChild> ordering, PageRequest request,
        CancellationToken cancellationToken)
        where TParent : class, IEntity where TChild : class
    {
        var counts = new SharedCounts(ct => CountPerParentAsync(parents, parentIds, childrenOfParent, ct));
        if (request.Size == 0)
            return parentIds.ToDictionary(id => id, id => ordering.ToPage([], request, counts.For(id)));

        var parent = Expression.Parameter(typeof(TParent), "parent");
        var perParent = provider.CreateQuery<TChild>(childrenOfParent(parent));
        var scanned = ordering.Scan(perParent, request).Expression;
        var toList = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TChild)], scanned);
        var selector = Expression.Lambda<Func<TParent, ParentRows<TChild>>>(
            Expression.New(typeof(ParentRows<TChild>).GetConstructors()[0], ParentId(parent), toList), parent);

        var rows = await parents.Where(p => parentIds.Contains(p.Id)).Select(selector).ToListAsync(cancellationToken);
        var byParent = rows.ToDictionary(r => r.ParentId, r => r.Rows);
        return parentIds.ToDictionary(id => id,
            id => ordering.ToPage(byParent.GetValueOrDefault(id) ?? [], request, counts.For(id)));
    }

    private static async Task<IReadOnlyDictionary<int, int>> CountPerParentAsync<TParent>(
        IQueryable<TParent> parents, IReadOnlyList<int> parentIds, Func<ParameterExpression, Expression> childrenOfParent,
        CancellationToken cancellationToken)
        where TParent : class, IEntity
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var children = childrenOfParent(parent);
        var childType = children.Type.GetGenericArguments()[0];
        var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [childType], children);
        var selector = Expression.Lambda<Func<TParent, ParentCount>>(
            Expression.New(typeof(ParentCount).GetConstructors()[0], ParentId(parent), count), parent);
        var rows = await parents.Where(p => parentIds.Contains(p.Id)).Select(selector).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ParentId, r => r.Count);
    }

    /// <summary>
    /// The batch's own rows only, before any window: otherwise SQLite numbers the rows of every parent in the table
    /// (all 40 000 partner links for a page of 20 interventions) and throws most of them away.
    /// </summary>
    private static Expression<Func<T, bool>> InBatch<T>(Expression<Func<T, int>> parentKey, IReadOnlyList<int> parentIds)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.Field(Expression.Constant(new BatchIds(parentIds)), nameof(BatchIds.Ids)), parentKey.Body);
        return Expression.Lambda<Func<T, bool>>(contains, parentKey.Parameters[0]);
    }

    private static MethodCallExpression WhereBelongs<T>(Expression source, Expression<Func<T, int>> parentKey, ParameterExpression parent)
    {
        var lambda = Expression.Lambda<Func<T, bool>>(Expression.Equal(parentKey.Body, ParentId(parent)), parentKey.Parameters[0]);
        return Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], source, Expression.Quote(lambda));
    }

    private static Expression<Func<TLink, TChild>> NonNull<TLink, TChild>(Expression<Func<TLink, TChild?>> child) where TChild : class =>
        Expression.Lambda<Func<TLink, TChild>>(child.Body, child.Parameters);

    /// <summary>Holds the ids so that EF Core sends them as a parameter rather than inlining constants.</summary>
    private sealed class BatchIds(IReadOnlyList<int> ids)
    {
        public readonly IReadOnlyList<int> Ids = ids;
    }

    private static MemberExpression ParentId(ParameterExpression parent) =>
        Expression.Property(Expression.Convert(parent, typeof(IEntity)), nameof(IEntity.Id));

    /// <summary>Counts for every parent of a batch, fetched with one statement the first time any is asked for.</summary>
    private sealed class SharedCounts(Func<CancellationToken, Task<IReadOnlyDictionary<int, int>>> fetch)
    {
        private Task<IReadOnlyDictionary<int, int>>? _counts;

        public Func<CancellationToken, Task<int>> For(int parentId) =>
            async ct => (await (_counts ??= fetch(ct))).GetValueOrDefault(parentId);
    }
}

public sealed record ParentRows<TChild>(int ParentId, List<TChild> Rows);

public sealed record ParentCount(int ParentId, int Count);
