using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Hub.Access;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Paging;

/// <summary>
/// A sort order over entities with a unique id as tie-breaker, paged by keyset ("seek") in SQL: the cursor's
/// (key, id) becomes a WHERE clause, so pages never repeat or skip a row, even while rows are added. Rows without an
/// integer id (statistics cells) bring their own subclass with their own stable key.
/// </summary>
public abstract class Ordering<T> where T : class
{
    protected Ordering(string name, bool descending)
    {
        Name = name;
        Descending = descending;
    }

    /// <summary>Identifies the ordering inside cursors: a cursor only fits the ordering that made it.</summary>
    public string Name { get; }

    public bool Descending { get; }

    /// <summary>Restricts to rows after the cursor (if any), orders in scan direction and limits to one more than the page.</summary>
    public abstract IQueryable<T> Scan(IQueryable<T> source, PageRequest request);

    public abstract string CursorOf(T row);

    /// <summary>Cuts the scanned rows (one extra tells whether more follow) into a page.</summary>
    public Page<T> ToPage(IReadOnlyList<T> scanned, PageRequest request, Func<CancellationToken, Task<int>> count)
    {
        var more = scanned.Count > request.Size;
        var rows = scanned.Take(request.Size).ToList();
        if (request.IsBackward) rows.Reverse();
        var edges = rows.Select(r => new Edge<T>(CursorOf(r), r)).ToList();
        return request.IsBackward
            ? new Page<T>(edges, hasNextPage: request.Before is not null, hasPreviousPage: more, count)
            : new Page<T>(edges, hasNextPage: more, hasPreviousPage: request.After is not null, count);
    }

    public async Task<Page<T>> PageAsync(IQueryable<T> filtered, PageRequest request, CancellationToken cancellationToken)
    {
        var rows = request.Size == 0 ? [] : await Scan(filtered, request).ToListAsync(cancellationToken);
        return ToPage(rows, request, ct => filtered.CountAsync(ct));
    }
}

public sealed class Ordering<T, TKey> : Ordering<T> where T : class, IEntity
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private readonly Expression<Func<T, TKey>> _key;
    private readonly Func<T, TKey> _compiledKey;

    public Ordering(string name, Expression<Func<T, TKey>> key, bool descending = false) : base(name, descending)
    {
        _key = key;
        _compiledKey = key.Compile();
    }

    public override string CursorOf(T row) => Cursor.Create(Name, _compiledKey(row), row.Id).Encode();

    public override IQueryable<T> Scan(IQueryable<T> source, PageRequest request)
    {
        var descending = Descending ^ request.IsBackward;
        if (request.Cursor is { } text)
        {
            var cursor = Cursor.Decode(text, Name, request.CursorArgument);
            source = source.Where(After(KeyOf(cursor.Key, request.CursorArgument), cursor.Id, descending));
        }
        var ordered = descending
            ? source.OrderByDescending(_key).ThenByDescending(e => e.Id)
            : source.OrderBy(_key).ThenBy(e => e.Id);
        return ordered.Take(request.Size + 1);
    }

    /// <summary>
    /// The same scan as <see cref="Scan(IQueryable{T}, PageRequest)"/> over rows already in memory (lists short enough
    /// to fetch whole, such as an item's codes): the same order, ties and cursors. Text keys compare by code point, as
    /// the binary collation both engines use does.
    /// </summary>
    public List<T> Scan(IEnumerable<T> rows, PageRequest request)
    {
        var descending = Descending ^ request.IsBackward;
        var comparer = typeof(TKey) == typeof(string) ? (IComparer<TKey>)StringComparer.Ordinal : Comparer<TKey>.Default;
        if (request.Cursor is { } text)
        {
            var cursor = Cursor.Decode(text, Name, request.CursorArgument);
            var key = KeyOf(cursor.Key, request.CursorArgument);
            rows = rows.Where(row =>
            {
                var order = comparer.Compare(_compiledKey(row), key);
                return descending ? order < 0 || (order == 0 && row.Id < cursor.Id) : order > 0 || (order == 0 && row.Id > cursor.Id);
            });
        }
        var ordered = descending
            ? rows.OrderByDescending(_compiledKey, comparer).ThenByDescending(row => row.Id)
            : rows.OrderBy(_compiledKey, comparer).ThenBy(row => row.Id);
        return ordered.Take(request.Size + 1).ToList();
    }

    private static TKey KeyOf(JsonElement element, string argument)
    {
        try
        {
            // Keys the Hub hands out are never null; a null one would compare with nothing in SQL.
            return element.ValueKind != JsonValueKind.Null && element.Deserialize<TKey>() is { } key ? key : throw Cursor.Invalid(argument);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            throw Cursor.Invalid(argument);
        }
    }

    // key > k OR (key = k AND id > i), mirrored for descending scans; values go in as parameters.
    private Expression<Func<T, bool>> After(TKey key, int id, bool descending)
    {
        var row = _key.Parameters[0];
        var keyValue = Parameter(key);
        var idValue = Parameter(id);
        var rowKey = _key.Body;
        var rowId = Expression.Property(Expression.Convert(row, typeof(IEntity)), nameof(IEntity.Id));
        Expression beyond, equal;
        if (typeof(TKey) == typeof(string))
        {
            var compare = Expression.Call(StringCompare, rowKey, keyValue);
            beyond = descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
        }
        else
        {
            beyond = descending ? Expression.LessThan(rowKey, keyValue) : Expression.GreaterThan(rowKey, keyValue);
        }
        equal = Expression.Equal(rowKey, keyValue);
        var idBeyond = descending ? Expression.LessThan(rowId, idValue) : Expression.GreaterThan(rowId, idValue);
        var body = Expression.OrElse(beyond, Expression.AndAlso(equal, idBeyond));
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Field(Expression.Constant(new ValueHolder<TValue>(value)), nameof(ValueHolder<TValue>.Value));

    private sealed class ValueHolder<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }
}
