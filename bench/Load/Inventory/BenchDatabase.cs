using Hub.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Inventory;

/// <summary>A HubDbContext built exactly as the Hub builds it (AddHubData: same provider, interceptors, migrations).</summary>
public static class BenchDatabase
{
    public const string FileName = "hub.db";

    public static ServiceProvider Services(string dataFolder, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(dataFolder)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubData(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>The Hub's settings for a generated inventory: its own folder, and no demo data on first start.</summary>
    public static Dictionary<string, string?> Settings(string dataFolder) => new()
    {
        ["Hub:DataFolder"] = dataFolder,
        ["Hub:LoadDemoData"] = "false",
    };
}
