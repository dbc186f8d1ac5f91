using Microsoft.Data.Sqlite;

namespace Hub.Data.Sqlite;

/// <summary>
/// A number that changes whenever anything is committed to the database, by this process or by another one (an import
/// run from the command line while the server runs): SQLite's <c>PRAGMA data_version</c>, read on a connection kept
/// for nothing else, changes when any other connection commits. Reading it touches only the shared-memory index, so
/// it costs microseconds.
/// </summary>
public sealed class SqliteDatabaseVersion(string connectionString) : IDatabaseVersion
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _read;

    public long Current
    {
        get
        {
            lock (_gate)
            {
                if (_read is null)
                {
                    // Opened on first use, after the start-up migration has created the file.
                    _connection = new SqliteConnection(connectionString);
                    _connection.Open();
                    _read = _connection.CreateCommand();
                    _read.CommandText = "PRAGMA data_version;";
                }
                return (long)_read.ExecuteScalar()!;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _read?.Dispose();
            _connection?.Dispose();
        }
    }
}
