using Hub.Access;
using Hub.Data;

namespace Hub.Publishing;

/// <summary>
/// What the publishing machinery needs to know about one kind of item: its fields, how to load, create and stamp
/// it, who may change it. Each noun folder declares one (e.g. <c>MaterialInputs</c>).
/// </summary>
public abstract class ItemKind<T> where T : class, IEntity
{
    private Dictionary<string, ItemField<T>>? _byName;

    /// <summary>The kind's key in the domain (<see cref="ItemKinds"/>): what audit entries record, whatever the schema calls it.</summary>
    public abstract string Key { get; }

    /// <summary>How messages name one item, e.g. "material".</summary>
    public abstract string Noun { get; }

    public abstract IReadOnlyList<ItemField<T>> Fields { get; }

    /// <summary>True for shared reference data (organisations, vocabularies) that admins manage; false for items an organisation owns.</summary>
    public abstract bool AdminsManage { get; }

    /// <summary>A new, empty item owned by <paramref name="ownerId"/> (ignored for reference data).</summary>
    public abstract T New(int? ownerId);

    /// <summary>The items, tracked, with everything their fields read (code rows, partner rows).</summary>
    public abstract IQueryable<T> Tracked(HubDbContext db);

    /// <summary>The organisation that owns the item; for an organisation, itself; null for vocabulary entries.</summary>
    public abstract int? OwnerOf(T item);

    public abstract int VersionOf(T item);

    /// <summary>Records a change: the new version and when it happened (and, for version 1, when it was created).</summary>
    public abstract void Stamp(T item, int version, DateTimeOffset at);

    public virtual bool CanRetire => false;

    public virtual DateTimeOffset? RetiredAt(T item) => null;

    public virtual void Retire(T item, DateTimeOffset at) => throw new NotSupportedException($"{Noun} cannot be retired.");

    /// <summary>Rules that involve several fields (dates in order); <paramref name="valueOf"/> gives each field's value after the change.</summary>
    public virtual IEnumerable<FieldProblem> CheckTogether(Func<string, object?> valueOf) => [];

    /// <summary>Rules that need the database (unique codes and external ids).</summary>
    public virtual Task<IReadOnlyList<FieldProblem>> CheckUniqueAsync(HubDbContext db, T? existing, int? ownerId,
        Func<string, object?> valueOf, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FieldProblem>>([]);

    public ItemField<T>? Field(string name) =>
        (_byName ??= Fields.ToDictionary(f => f.Name, StringComparer.Ordinal)).GetValueOrDefault(name);
}
