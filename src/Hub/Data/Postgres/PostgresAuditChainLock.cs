using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Postgres;

/// <summary>
/// Takes the audit chain's advisory lock for the writing transaction, then reads the head. Under READ COMMITTED the
/// read, a new statement after the lock was granted, sees everything the previous holder committed, so two writers,
/// in one process or in several, can never append after the same entry. The writers' lock
/// (<see cref="PostgresWriterLock"/>) already queues writing transactions; this one does not rely on it.
/// </summary>
public sealed class PostgresAuditChainLock : IAuditChainLock
{
    private static readonly string LockSql = $"SELECT pg_advisory_xact_lock({PostgresLocks.AuditChain})";

    public async Task<AuditChainHead> LockHeadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("The audit chain is appended to only inside a writing transaction (Publisher.BeginAsync).");
        await db.Database.ExecuteSqlRawAsync(LockSql, cancellationToken);
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return last is null ? new AuditChainHead(0, Audit.AuditHash.Genesis) : new AuditChainHead(last.Id, last.Hash);
    }
}
