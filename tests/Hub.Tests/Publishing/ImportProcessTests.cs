using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Hub.Audit;
using Hub.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

/// <summary>A real `import` process, started from the built Hub.dll and killed while it writes.</summary>
public sealed class ImportProcessTests
{
    private const int Rows = 20_000;

    [SqliteFact]
    public async Task AnImportKilledMidwayLeavesTheDatabaseExactlyAsBefore()
    {
        using var hub = new HubFactory();
        await hub.CreateClientAs("AF", "publisher").SaveAsync("createMaterial", NewMaterial("before-the-kill"));
        var folder = Path.Combine(Path.GetTempPath(), "hub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "hub.db");
            Copy(Path.Combine(hub.DataFolder, "hub.db"), database);
            var before = Fingerprint(database);
            var file = Path.Combine(folder, "big.csv");
            await File.WriteAllTextAsync(file, BigFile());

            var (killedWhile, output) = await RunAndKillWhileWritingAsync(file, folder);

            Assert.Contains("nothing is committed", killedWhile);
            Assert.DoesNotContain("Imported", output);
            var after = Fingerprint(database);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            foreach (var (table, content) in before) Assert.True(content == after[table], $"{table} changed: {content} → {after[table]}");
            var verify = await AuditCommand.RunAsync(["verify"], TextWriter.Null, TextWriter.Null,
                new Dictionary<string, string?> { ["Hub:DataFolder"] = folder, ["Logging:LogLevel:Default"] = "Warning" });
            Assert.Equal(0, verify);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts `dotnet Hub.dll import`, waits for it to report rows written (uncommitted), kills it.</summary>
    private static async Task<(string KilledWhile, string Output)> RunAndKillWhileWritingAsync(string file, string dataFolder)
    {
        var hubDll = HubDll();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hubDll)!,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { hubDll, "import", file, "--org", "AF", "--kind", "materials" }) start.ArgumentList.Add(arg);
        start.Environment["Hub__DataFolder"] = dataFolder;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string? line;
        while ((line = await process.StandardError.ReadLineAsync(timeout.Token)) is not null)
        {
            if (!line.StartsWith("Wrote ", StringComparison.Ordinal)) continue;
            process.Kill(entireProcessTree: true);
            break;
        }
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(line is not null, $"The import ended without reporting rows written: {await output}");
        return (line!, await output);
    }

    private static string BigFile()
    {
        var csv = new StringBuilder("externalId,title,description,format,themes,languages,visibility\n");
        for (var i = 0; i < Rows; i++)
            csv.Append($"BIG-{i:D5},Material {i},\"Rad {i}, med kommatecken\",GUIDE,HEALTH|EQUAL_TREATMENT,sv|en,PUBLIC\n");
        return csv.ToString();
    }

    /// <summary>A consistent copy through SQLite's backup API (the source is live, in WAL mode).</summary>
    private static void Copy(string source, string target)
    {
        using var from = new SqliteConnection($"Data Source={source};Pooling=false");
        using var to = new SqliteConnection($"Data Source={target};Pooling=false");
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }

    /// <summary>Every table's row count and a hash of its rows (sorted), read as a new connection sees the file.</summary>
    private static Dictionary<string, string> Fingerprint(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var fingerprint = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
                rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅"
                    : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
            fingerprint[table] = $"{rows.Count} rows, {hash[..16]}";
        }
        return fingerprint;
    }

    private static string HubDll()
    {
        // tests/Hub.Tests/bin/<Configuration>/<tfm>/ → src/Hub/bin/<Configuration>/<tfm>/Hub.dll
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(ImportCommandTests.RepositoryRoot(), "src", "Hub", "bin", testOutput.Parent!.Name, testOutput.Name, "Hub.dll");
        Assert.True(File.Exists(path), $"Build the Hub first: {path} is missing.");
        return path;
    }
}
