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

    public Task PrepareAsync(HubDbContext db, CancellationToken cancellationToken) => SqliteSettings.UseWriteAheadLogAsync(db, cancellationToken);

    public IDatabaseVersion OpenVersion(string connectionString) => new SqliteDatabaseVersion(connectionString);

    public ISearchIndex Search { get; } = new SqliteSearchIndex();

    public IAuditChainLock AuditChainLock { get; } = new SqliteAuditChainLock();
}
