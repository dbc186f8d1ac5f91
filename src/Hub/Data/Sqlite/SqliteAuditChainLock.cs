using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Sqlite;

/// <summary>
/// On SQLite the writing transaction already holds the database's only write lock (BEGIN IMMEDIATE, taken when the
/// session begins), so once inside it the head cannot move: reading it is enough. Outside a transaction that would
/// not hold, so it is refused.
/// </summary>
public sealed class SqliteAuditChainLock : IAuditChainLock
{
    public async Task<AuditChainHead> LockHeadAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("The audit chain is appended to only inside a writing transaction (Publisher.BeginAsync).");
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return last is null ? new AuditChainHead(0, Audit.AuditHash.Genesis) : new AuditChainHead(last.Id, last.Hash);
    }
}
