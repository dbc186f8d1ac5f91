using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The real Hub in-process: the same Program and wiring, its own SQLite file in a fresh data folder, demo data
/// loaded by the same start-up code users run. Dispose removes the folder.
/// </summary>
public class HubFactory : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "hub-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Extra settings (Hub:Key = value) for a test that needs a different configuration.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public string Environment { get; init; } = "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Hub:DataFolder", DataFolder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        // Only this Hub's pool: clearing every pool while other test classes run can dispose a connection they are opening.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataFolder, "hub.db")}"))
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
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
