namespace Hub.Data.Postgres;

/// <summary>
/// The advisory locks the Hub takes on PostgreSQL, as transaction-scoped locks (<c>pg_advisory_xact_lock</c>): they
/// are released by COMMIT or ROLLBACK, also when a process dies, and they belong to one database, so Hubs on other
/// databases of the same server never wait for each other. The keys are arbitrary but fixed forever: every instance
/// of every version must use the same ones.
/// </summary>
public static class PostgresLocks
{
    /// <summary>Held by every writing transaction from its first statement: one writer at a time, as on SQLite.</summary>
    public const long Writers = 0x4875_6200_0000_0001;

    /// <summary>Held while the audit chain's head is read and appended to.</summary>
    public const long AuditChain = 0x4875_6200_0000_0002;

    /// <summary>
    /// Held for a whole session while an instance starts (migrations, demo data): instances starting together on one
    /// database take turns. Session-scoped, as migrating runs several transactions; the server releases it if the
    /// process dies.
    /// </summary>
    public const long StartUp = 0x4875_6200_0000_0003;
}
