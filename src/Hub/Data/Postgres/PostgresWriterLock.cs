using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Data.Postgres;

/// <summary>
/// Makes every transaction the Hub begins on PostgreSQL a writer that waits its turn, as SQLite's BEGIN IMMEDIATE
/// does: the writing session reads versions, existing external ids and the audit chain's head before it writes, and
/// decides on what it read (conflicts, updates instead of inserts). Under READ COMMITTED two sessions could read the
/// same state and both act on it; queued, the second reads what the first committed, so the same user errors come
/// out on both engines. Only transactions queue: reads, which run outside them, never wait. The lock is released by
/// COMMIT or ROLLBACK, and by the server when a Hub process dies.
/// </summary>
public sealed class PostgresWriterLock : DbTransactionInterceptor
{
    public static readonly PostgresWriterLock Instance = new();

    private static readonly string Sql = $"SELECT pg_advisory_xact_lock({PostgresLocks.Writers})";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        return command;
    }
}
