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
    /// Creates EF Core's history table when missing (its own CREATE TABLE IF NOT EXISTS), so the first look for pending
    /// migrations on an empty database finds an empty history instead of logging a failed statement.
    /// </summary>
    public Task PrepareAsync(HubDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);

    public IDatabaseVersion OpenVersion(string connectionString) => new PostgresDatabaseVersion(connectionString);

    public ISearchIndex Search { get; } = new PostgresSearchIndex();

    public IAuditChainLock AuditChainLock { get; } = new PostgresAuditChainLock();
}
