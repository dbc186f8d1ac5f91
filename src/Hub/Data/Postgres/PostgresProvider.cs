using Hub.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Data.Postgres;

/// <summary>
/// PostgreSQL, for a Hub shared by several instances: its own migrations (<c>Data/Postgres/Migrations</c>), text in the
/// "C" collation (<see cref="PostgresModelCustomizer"/>), writers queued by an advisory lock as SQLite queues them
/// (<see cref="PostgresWriterLock"/>), a version row bumped by triggers, and search over a <c>tsvector</c> with the
/// swedish configuration.
/// </summary>
public sealed class PostgresProvider(SqlStatementCounter statements) : IDatabaseProvider
{
    public string Name => "Postgres";

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options.UseNpgsql(connectionString);
        options.ReplaceService<IMigrationsAssembly, PostgresMigrationSet>();
        options.ReplaceService<IModelCustomizer, PostgresModelCustomizer>();
        options.AddInterceptors(statements, PostgresWriterLock.Instance);
    }

    /// <summary>
    /// Takes the start-up lock (a session advisory lock on the context's connection, kept open until released), then
    /// creates EF Core's history table when missing, so the first look for pending migrations on an empty database finds
    /// an empty history instead of logging a failed statement. Instances starting together on one database wait here
    /// for each other: neither EF Core's CREATE TABLE IF NOT EXISTS nor two migrators at once are safe against a twin.
    /// </summary>
    public async Task<IAsyncDisposable> BeginStartUpAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({PostgresLocks.StartUp})", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        return new StartUpLock(db);
    }

    private sealed class StartUpLock(HubDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({PostgresLocks.StartUp})");
            await db.Database.CloseConnectionAsync();
        }
    }

    public IDatabaseVersion OpenVersion(string connectionString) => new PostgresDatabaseVersion(connectionString);

    public ISearchIndex Search { get; } = new PostgresSearchIndex();

    public IRateCounts? OpenRateCounts(string connectionString) => new PostgresRateCounts(connectionString);

    public IAuditChainLock AuditChainLock { get; } = new PostgresAuditChainLock();
}
