using Npgsql;
using NpgsqlTypes;

namespace Hub.Data.Postgres;

/// <summary>
/// Rate-limit counts every instance adds to: one row per partition and one-minute window in the unlogged table
/// <c>"RateLimitWindows"</c> (migration <c>RateLimitWindows</c>). One statement adds a batch and returns the totals;
/// windows older than the previous one are deleted when a new window begins. The table has no version trigger: counting
/// a request is not a change to the Hub's data, and must not empty the result caches.
/// </summary>
public sealed class PostgresRateCounts(string connectionString) : IRateCounts
{
    private const string AddSql = """
        INSERT INTO "RateLimitWindows" AS w ("Partition", "Window", "Count")
        SELECT p, @window, c FROM unnest(@partitions, @counts) AS t(p, c)
        ON CONFLICT ("Partition", "Window") DO UPDATE SET "Count" = w."Count" + EXCLUDED."Count"
        RETURNING "Partition", "Count"
        """;

    private const string ForgetSql = """DELETE FROM "RateLimitWindows" WHERE "Window" < @window - 1""";

    // Its own small pool, as the version reader has: counting never waits behind queries or queued writers.
    private readonly NpgsqlDataSource _source = new NpgsqlDataSourceBuilder(connectionString)
    {
        ConnectionStringBuilder = { MaxAutoPrepare = 4, AutoPrepareMinUsages = 1, MaxPoolSize = 8, ApplicationName = "hub-rate-limits" },
    }.Build();

    private long _forgottenBefore;

    public async Task<IReadOnlyDictionary<string, long>> AddAsync(long window, IReadOnlyDictionary<string, int> counts,
        CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        if (Interlocked.Exchange(ref _forgottenBefore, window) != window)
        {
            await using var forget = new NpgsqlCommand(ForgetSql, connection) { Parameters = { new("window", window) } };
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var add = new NpgsqlCommand(AddSql, connection)
        {
            Parameters =
            {
                new("window", window),
                new("partitions", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = counts.Keys.ToArray() },
                new("counts", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = counts.Values.ToArray() },
            },
        };
        var totals = new Dictionary<string, long>(counts.Count, StringComparer.Ordinal);
        await using var reader = await add.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) totals[reader.GetString(0)] = reader.GetInt64(1);
        return totals;
    }

    public void Dispose() => _source.Dispose();
}
