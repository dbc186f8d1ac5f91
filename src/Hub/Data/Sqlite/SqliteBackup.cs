using Hub.Cli;
using Microsoft.Data.Sqlite;

namespace Hub.Data.Sqlite;

/// <summary>
/// `database backup FILE`: a consistent copy of the Hub's SQLite database while the Hub keeps running, through SQLite's
/// online backup API (readers and the writer go on; the copy is one committed state). Written beside the target and
/// moved into place only after SQLite's integrity check passed on it, so a half-written backup never carries the
/// target's name. PostgreSQL has pg_dump for this (docs/operations.md). Exit code 0 on success, 1 when the backup
/// failed, 2 for wrong usage.
/// </summary>
public static class SqliteBackup
{
    public const string Usage = "Usage: database backup FILE   (SQLite; on PostgreSQL use pg_dump, see docs/operations.md)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        if (args is not [var target] || target.StartsWith('-'))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        target = Path.GetFullPath(target);
        if (File.Exists(target))
        {
            await error.WriteLineAsync($"{target} exists; a backup never overwrites a file. Name a new one.");
            return 2;
        }
        await using var host = await CliHost.StartAsync(settings, cancellationToken);
        var provider = host.Services.GetRequiredService<IDatabaseProvider>();
        if (provider is not SqliteProvider)
        {
            await error.WriteLineAsync($"The Hub's database is {provider.Name}; back it up with pg_dump (docs/operations.md).");
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var source = new SqliteConnection(host.Services.GetRequiredService<DatabaseConnectionString>().Value))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ConnectionString))
            {
                await source.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);
                await using var check = copy.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                if (await check.ExecuteScalarAsync(cancellationToken) is not "ok")
                {
                    await error.WriteLineAsync("The copy failed SQLite's integrity check; no backup was written.");
                    return 1;
                }
            }
            File.Move(temporary, target, overwrite: false);
            await output.WriteLineAsync($"Backed up to {target} ({new FileInfo(target).Length:N0} bytes).");
            return 0;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
