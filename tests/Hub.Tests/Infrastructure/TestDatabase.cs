using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The database engine the integration tests run on. SQLite by default; with HUB_TEST_PROVIDER=Postgres every Hub a
/// test starts gets a fresh database of its own on the PostgreSQL server named by HUB_TEST_POSTGRES (./test.sh starts
/// a throw-away one and runs the suite a second time that way). The same tests run on both engines: nothing here is
/// a copy of a test.
/// </summary>
public static class TestDatabase
{
    public const string ProviderVariable = "HUB_TEST_PROVIDER";
    public const string PostgresVariable = "HUB_TEST_POSTGRES";

    /// <summary>True in the PostgreSQL pass.</summary>
    public static bool IsPostgres { get; } = ReadProvider();

    public static string Name => IsPostgres ? "PostgreSQL" : "SQLite";

    /// <summary>A connection string to the test server, for creating and dropping databases; required in the PostgreSQL pass.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {PostgresVariable}, a connection string to a PostgreSQL " +
            "server where the tests may create databases, e.g. \"Host=127.0.0.1;Port=55432;Username=postgres\". ./test.sh starts one.");

    /// <summary>What points a Hub (the server, or a command-line verb) at the database of this data folder.</summary>
    public static Dictionary<string, string?> SettingsFor(string dataFolder)
    {
        var settings = new Dictionary<string, string?> { ["Hub:DataFolder"] = dataFolder };
        if (!IsPostgres) return settings;
        settings["Hub:DatabaseProvider"] = "Postgres";
        settings["ConnectionStrings:Hub"] = PostgresConnectionString(dataFolder);
        return settings;
    }

    /// <summary>The same as environment variables, for a Hub started as a process of its own.</summary>
    public static Dictionary<string, string> EnvironmentFor(string dataFolder) =>
        SettingsFor(dataFolder).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);

    /// <summary>The data folder's database on the test server: one database per Hub, named after the folder.</summary>
    public static string PostgresConnectionString(string dataFolder) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = DatabaseName(dataFolder) }.ConnectionString;

    /// <summary>Creates the folder's database unless it exists (a Hub restarted on the same folder finds its data again).</summary>
    public static void EnsureCreated(string dataFolder)
    {
        if (!IsPostgres) return;
        var name = DatabaseName(dataFolder);
        using var server = OpenServer();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", server) { Parameters = { new("name", name) } };
        if (exists.ExecuteScalar() is not null) return;
        try
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            create.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    /// <summary>Drops the folder's database, closing what is still connected to it.</summary>
    public static void Drop(string dataFolder)
    {
        if (!IsPostgres) return;
        using (var pooled = new NpgsqlConnection(PostgresConnectionString(dataFolder))) NpgsqlConnection.ClearPool(pooled);
        using var server = OpenServer();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName(dataFolder)}\" WITH (FORCE)", server);
        drop.ExecuteNonQuery();
    }

    /// <summary>
    /// A connection of its own to the Hub's database, outside the Hub's pool, as another process would have. SQL run on
    /// it must suit both engines: quote names ("Materials") and name parameters @name.
    /// </summary>
    public static async Task<DbConnection> OpenOtherConnectionAsync(string dataFolder)
    {
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresConnectionString(dataFolder)) { Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(dataFolder, "hub.db")};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs one statement on a connection of its own (see <see cref="OpenOtherConnectionAsync"/>); returns the rows changed.</summary>
    public static async Task<int> ExecuteAsync(string dataFolder, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenOtherConnectionAsync(dataFolder);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync();
    }

    private static bool ReadProvider()
    {
        var provider = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrEmpty(provider) || string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase)) return false;
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase)) return true;
        throw new InvalidOperationException($"{ProviderVariable} is '{provider}'; use Sqlite (the default) or Postgres.");
    }

    private static NpgsqlConnection OpenServer()
    {
        var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        server.Open();
        return server;
    }

    private static string DatabaseName(string dataFolder)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(dataFolder)).ToLowerInvariant();
        var safe = new string([.. folder.Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_')]);
        return ("hub_test_" + safe)[..Math.Min(63, 9 + safe.Length)];
    }
}

/// <summary>A test that runs only in the PostgreSQL pass; in the SQLite pass it is reported as skipped, with the reason.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
            Skip = $"PostgreSQL only: runs when {TestDatabase.ProviderVariable}=Postgres and {TestDatabase.PostgresVariable} names a server (./test.sh does both).";
    }
}

/// <summary>A test of SQLite itself (its file, pragmas, upgrades of old SQLite databases); skipped, with the reason, in the PostgreSQL pass.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres) Skip = "SQLite only: tests the SQLite file itself.";
    }
}

/// <summary>A theory about SQLite itself; skipped, with the reason, in the PostgreSQL pass.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute()
    {
        if (TestDatabase.IsPostgres) Skip = "SQLite only: tests the SQLite file itself.";
    }
}
