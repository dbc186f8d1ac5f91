using System.Linq.Expressions;
using Hub.Access;
using Hub.Data;

namespace Hub.Search;

public static class SearchHits
{
    /// <summary>
    /// Hits whose item the caller may see and that is current: one condition per searchable kind, ORed. Each hit looks
    /// its own item up by key (EXISTS), which stays cheap however many items there are; an IN list would first collect
    /// every visible item of the kind.
    /// </summary>
    public static IQueryable<SearchHit> VisibleTo(this IQueryable<SearchHit> hits, HubDbContext db, Caller caller)
    {
        var hit = Expression.Parameter(typeof(SearchHit), "h");
        var any = db.Kinds.Searchable
            .Select(kind => new Rebind(kind.VisibleHit(db, caller), hit).Body)
            .Aggregate(Expression.OrElse);
        return hits.Where(Expression.Lambda<Func<SearchHit, bool>>(any, hit));
    }

    /// <summary>One kind's condition, its parameter replaced by the shared one.</summary>
    private sealed class Rebind(Expression<Func<SearchHit, bool>> condition, ParameterExpression hit) : ExpressionVisitor
    {
        public Expression Body => Visit(condition.Body);

        protected override Expression VisitParameter(ParameterExpression node) => node == condition.Parameters[0] ? hit : node;
    }
}
