using Npgsql;

namespace Hub.Data.Postgres;

/// <summary>
/// A number that changes with every commit that wrote to the Hub's tables, by any Hub process: the one row of
/// <c>"DatabaseVersion"</c>, which statement triggers on every table bump once per writing transaction (migration
/// <c>DatabaseVersionAndSearch</c>). The bump is part of the writing transaction, so the new number becomes visible at
/// the same instant as what was written, never before it (a sequence would be visible before the commit).
/// </summary>
/// <remarks>
/// Read on every anonymous request (result cache) and vocabulary look-up, so it must be cheap: one primary-key read
/// of a one-row table over a pooled connection, prepared once per physical connection. Measured on this machine's
/// loopback: see README (PostgreSQL).
/// </remarks>
public sealed class PostgresDatabaseVersion(string connectionString) : IDatabaseVersion
{
    private const string Sql = """SELECT "Value" FROM "DatabaseVersion" WHERE "Id" = 1""";

    // Its own small pool, apart from EF Core's: reading the version never waits behind queries or queued writers, and
    // a burst of requests shares a few connections (a read takes a fraction of a millisecond) instead of opening many.
    private readonly NpgsqlDataSource _source = new NpgsqlDataSourceBuilder(connectionString)
    {
        ConnectionStringBuilder = { MaxAutoPrepare = 4, AutoPrepareMinUsages = 1, MaxPoolSize = 8, ApplicationName = "hub-version" },
    }.Build();

    public long Current
    {
        get
        {
            using var command = _source.CreateCommand(Sql);
            return (long)command.ExecuteScalar()!;
        }
    }

    public void Dispose() => _source.Dispose();
}
