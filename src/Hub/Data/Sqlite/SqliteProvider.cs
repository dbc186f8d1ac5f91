using Hub.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Data.Sqlite;

/// <summary>The embedded default: one SQLite file in the data folder, FTS5 search, SQLite's single writer.</summary>
public sealed class SqliteProvider(SqlStatementCounter statements) : IDatabaseProvider
{
    public string Name => "Sqlite";

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(HubDbContext).Assembly.FullName));
        options.ReplaceService<IMigrationsAssembly, SqliteMigrationSet>();
        options.AddInterceptors(statements, SqliteSettings.BusyTimeout.Instance);
    }

    /// <summary>Write-ahead logging; no lock beyond SQLite's own, as one process owns the file.</summary>
    public async Task<IAsyncDisposable> BeginStartUpAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        await SqliteSettings.UseWriteAheadLogAsync(db, cancellationToken);
        return NoLock.Instance;
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public IDatabaseVersion OpenVersion(string connectionString) => new SqliteDatabaseVersion(connectionString);

    public ISearchIndex Search { get; } = new SqliteSearchIndex();

    /// <summary>None: one process owns a SQLite file, so its in-memory limiter is already exact.</summary>
    public IRateCounts? OpenRateCounts(string connectionString) => null;

    public IAuditChainLock AuditChainLock { get; } = new SqliteAuditChainLock();
}
