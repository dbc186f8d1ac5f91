using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The real Hub in-process: the same Program and wiring, a fresh data folder and a database of its own (a SQLite file
/// in the folder, or in the PostgreSQL pass a new database on the test server: <see cref="TestDatabase"/>), demo data
/// loaded by the same start-up code users run. Dispose removes the folder and the database.
/// </summary>
public class HubFactory : WebApplicationFactory<Program>
{
    public HubFactory()
        : this(Path.Combine(Path.GetTempPath(), "hub-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>A Hub on a given data folder (and so on that folder's database), e.g. to start again on it.</summary>
    protected HubFactory(string dataFolder) => DataFolder = dataFolder;

    public string DataFolder { get; }

    /// <summary>Extra settings (Hub:Key = value) for a test that needs a different configuration.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public string Environment { get; init; } = "Development";

    /// <summary>Settings for a command-line verb (CliHost) that should work on this Hub's database.</summary>
    public Dictionary<string, string?> CommandSettings() => new(TestDatabase.SettingsFor(DataFolder)) { ["Logging:LogLevel:Default"] = "Warning" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        TestDatabase.EnsureCreated(DataFolder);
        foreach (var (key, value) in TestDatabase.SettingsFor(DataFolder)) builder.UseSetting(key, value);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        // Only this Hub's pool: clearing every pool while other test classes run can dispose a connection they are opening.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataFolder, "hub.db")}"))
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        TestDatabase.Drop(DataFolder);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One Hub with demo data shared by the read-only tests of a class.</summary>
public sealed class DemoHub : HubFactory;
