using Hub.Search;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data;

/// <summary>
/// What the Hub does differently on one database engine, and nothing else: how to connect and migrate, the number
/// that changes with every commit, full-text search, the lock that keeps the audit chain linear, and where instances
/// share their rate-limit counts. SQLite
/// (<see cref="Sqlite.SqliteProvider"/>, the default) and PostgreSQL (<see cref="Postgres.PostgresProvider"/>) implement
/// it, chosen in <see cref="DataServiceCollectionExtensions"/>. The model, queries and rules above it are the same on
/// every engine.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The value of Hub:DatabaseProvider that selects it.</summary>
    string Name { get; }

    /// <summary>Connection, migrations (each engine has its own set) and interceptors.</summary>
    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>
    /// What must hold before migrating (SQLite: write-ahead logging), and the start-up lock, held until the returned
    /// handle is disposed: instances starting together on one database migrate and load demo data one after the other.
    /// </summary>
    Task<IAsyncDisposable> BeginStartUpAsync(HubDbContext db, CancellationToken cancellationToken);

    /// <summary>A reader of the number that changes whenever anything commits, in any process.</summary>
    IDatabaseVersion OpenVersion(string connectionString);

    ISearchIndex Search { get; }

    /// <summary>
    /// Request counts shared by every Hub instance on this database, or null where one process owns the database
    /// (SQLite) and its own in-memory limiter is exact.
    /// </summary>
    IRateCounts? OpenRateCounts(string connectionString);

    IAuditChainLock AuditChainLock { get; }
}

/// <summary>A number that changes whenever anything is committed to the database, by this process or another.</summary>
public interface IDatabaseVersion : IDisposable
{
    long Current { get; }
}

/// <summary>The newest audit entry, and the promise that no other writer appends until this transaction ends.</summary>
public readonly record struct AuditChainHead(int Id, string Hash);

/// <summary>
/// Locks the audit chain's head for the writing transaction and reads it, so two writers can never append after the
/// same entry (a fork). SQLite: the transaction's write lock does it; PostgreSQL: a transaction-scoped advisory lock.
/// </summary>
public interface IAuditChainLock
{
    Task<AuditChainHead> LockHeadAsync(HubDbContext db, CancellationToken cancellationToken);
}

/// <summary>
/// Counters of admitted requests per rate-limit partition and fixed window, shared by all instances. Adding returns
/// the counts after the addition, as every instance together has made them.
/// </summary>
public interface IRateCounts : IDisposable
{
    Task<IReadOnlyDictionary<string, long>> AddAsync(long window, IReadOnlyDictionary<string, int> counts, CancellationToken cancellationToken);
}
