using Hub.Access;
using Hub.Audit;
using Hub.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Publishing;

/// <summary>
/// One writing transaction: the changes, their audit entries and nothing else commit together or not at all.
/// Events are raised only after the commit. Disposing an uncommitted session rolls everything back.
/// </summary>
public sealed class WriteSession : IAsyncDisposable
{
    private readonly HubDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly Actor _actor;
    private readonly IHubEvents _events;
    private readonly List<Func<(ItemRef Item, AuditEntry Entry)>> _pending = [];
    private readonly List<ItemChanged> _changed = [];
    private AuditAppender? _audit;
    private bool _finished;

    internal WriteSession(HubDbContext db, IDbContextTransaction transaction, Actor actor, PublishingContext context,
        IHubEvents events)
    {
        _db = db;
        _transaction = transaction;
        _actor = actor;
        Context = context;
        _events = events;
    }

    public PublishingContext Context { get; }

    public HubDbContext Db => _db;

    /// <summary>Notes a change to audit; the entry is written at the next flush, once the item has its id.</summary>
    public void Record<T>(ItemKind<T> kind, T item, string operation, IReadOnlyList<FieldChange> changes) where T : class, IEntity
    {
        _pending.Add(() =>
        {
            var reference = new ItemRef(kind.Key, item.Id);
            return (reference, new AuditEntry
            {
                At = Context.Now, Subject = _actor.Subject, Organisation = _actor.OrganisationCode, Via = _actor.Via,
                Operation = operation, ItemType = kind.Key, ItemId = reference.ToString(),
                Owner = kind.OwnerOf(item) is { } owner ? Context.OrganisationCode(owner) : null,
                Version = kind.VersionOf(item), Changes = AuditAppender.Serialise(changes),
                PreviousHash = "", Hash = "",
            });
        });
    }

    /// <summary>
    /// Sends what is pending to the database, still uncommitted (large imports flush in steps). Afterwards the
    /// change tracker forgets what it wrote, so each step costs the same however many came before; an item changed
    /// again later must be attached again (<see cref="Track{T}"/>).
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _db.SaveChangesAsync(cancellationToken);
        if (_pending.Count > 0)
        {
            _audit ??= await AuditAppender.StartAsync(_db, cancellationToken);
            foreach (var (item, pending) in _pending.Select(build => build()))
            {
                var entry = _audit.Append(pending);
                _changed.Add(new ItemChanged(item, entry.Operation, entry.Version, entry.Owner, entry.Id, entry.At));
            }
            _pending.Clear();
            await _audit.RecordHeadAsync(cancellationToken);
            await _db.SaveChangesAsync(cancellationToken);
        }
        _db.ChangeTracker.Clear();
    }

    /// <summary>Makes sure changes to an item loaded earlier in the session are noticed, even after a flush.</summary>
    public void Track<T>(T item) where T : class
    {
        if (_db.Entry(item).State == Microsoft.EntityFrameworkCore.EntityState.Detached) _db.Attach(item);
    }

    /// <summary>Commits the changes with their audit entries, then tells the subscribers.</summary>
    public async Task<IReadOnlyList<ItemChanged>> CommitAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        _finished = true;
        _db.ChangeTracker.Clear();
        _events.Raise(_changed);
        return _changed;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            try
            {
                await _transaction.RollbackAsync();
            }
            finally
            {
                // What the rolled-back transaction wrote is gone; so must be the tracker's memory of it.
                _db.ChangeTracker.Clear();
            }
        }
        await _transaction.DisposeAsync();
    }
}
