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
    /// <summary>Pages children that point at their parent (an organisation's materials: belongsTo = owner id equals parent id).</summary>
    public static Task<IReadOnlyDictionary<int, Page<TChild>>> PagePerParentAsync<TParent, TChild>(
        IQueryable<TParent> parents, IReadOnlyList<int> parentIds, IQueryable<TChild> children,
        Expression<Func<TChild, int, bool>> belongsTo, Ordering<TChild> ordering, PageRequest request,
        CancellationToken cancellationToken)
        where TParent : class, IEntity where TChild : class, IEntity =>
        PageAsync(parents, parentIds, children.Provider, parent => WhereBelongs(children.Expression, belongsTo, parent),
            ordering, request, cancellationToken);

    /// <summary>Pages children reached through a navigation of the parent (an intervention's partners through its link rows).</summary>
    public static Task<IReadOnlyDictionary<int, Page<TChild>>> PagePerParentAsync<TParent, TChild>(
        IQueryable<TParent> parents, IReadOnlyList<int> parentIds, IQueryProvider provider,
        Expression<Func<TParent, IQueryable<TChild>>> childrenOf, Ordering<TChild> ordering, PageRequest request,
        CancellationToken cancellationToken)
        where TParent : class, IEntity where TChild : class, IEntity =>
        PageAsync(parents, parentIds, provider, parent => new Rebind(childrenOf.Parameters[0], parent).Visit(childrenOf.Body),
            ordering, request, cancellationToken);

    private static async Task<IReadOnlyDictionary<int, Page<TChild>>> PageAsync<TParent, TChild>(
        IQueryable<TParent> parents, IReadOnlyList<int> parentIds, IQueryProvider provider,
        Func<ParameterExpression, Expression> childrenOfParent, Ordering<TChild> ordering, PageRequest request,
        CancellationToken cancellationToken)
        where TParent : class, IEntity where TChild : class, IEntity
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

    private static MethodCallExpression WhereBelongs<TChild>(Expression children, Expression<Func<TChild, int, bool>> belongsTo, ParameterExpression parent)
    {
        var predicate = new Rebind(belongsTo.Parameters[1], ParentId(parent)).Visit(belongsTo.Body);
        var lambda = Expression.Lambda<Func<TChild, bool>>(predicate, belongsTo.Parameters[0]);
        return Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TChild)], children, Expression.Quote(lambda));
    }

    private static MemberExpression ParentId(ParameterExpression parent) =>
        Expression.Property(Expression.Convert(parent, typeof(IEntity)), nameof(IEntity.Id));

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

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
