using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Data.Sqlite;

/// <summary>
/// How the Hub uses its SQLite file, set up so that opening a pooled connection (which EF Core does for every
/// statement) sends no SQL: write-ahead logging belongs to the file and is switched on once before migrating;
/// foreign keys are on by default in the SQLite build EF Core ships (a test checks); the busy timeout is set through
/// SQLite's C API, not a PRAGMA statement.
/// </summary>
public static class SqliteSettings
{
    /// <summary>How long a writer waits for another writer's lock before failing.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    /// <summary>Write-ahead logging lets readers go on while one writer commits. It is stored in the file, so once is enough.</summary>
    public static async Task UseWriteAheadLogAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Makes a second writer wait for the first (SQLite's busy handler) instead of failing at once.</summary>
    internal sealed class BusyTimeout : DbConnectionInterceptor
    {
        public static readonly BusyTimeout Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } handle })
                SQLitePCL.raw.sqlite3_busy_timeout(handle, BusyTimeoutMilliseconds);
        }
    }
}
