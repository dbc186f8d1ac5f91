using Hub.Kinds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hub.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database (SQLite file in the data folder unless PostgreSQL is configured) and its start-up migration.</summary>
    public static IServiceCollection AddHubData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubOptions>().Bind(configuration.GetSection(HubOptions.Section))
            .Validate(hub => HubOptions.IsValidPublicBaseUrl(hub.PublicBaseUrl),
                "Hub:PublicBaseUrl must be an absolute http or https address without user name, query or fragment, e.g. https://hub.example.se.")
            .ValidateOnStart();
        services.AddSingleton<SqlStatementCounter>();
        services.AddSingleton<IDatabaseProvider>(sp => Provider(sp));
        // Pooled: a request reuses a context (and its compiled model and services) instead of building one.
        services.AddHubKinds();
        services.AddDbContextPool<HubDbContext>((sp, options) =>
        {
            sp.GetRequiredService<IDatabaseProvider>().Configure(options, ConnectionString(sp, configuration));
            options.ReplaceService<IModelCacheKeyFactory, KindsModelCacheKeyFactory>();
        });
        services.AddSingleton(sp => sp.GetRequiredService<IDatabaseProvider>().OpenVersion(ConnectionString(sp, configuration)));
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    private static IDatabaseProvider Provider(IServiceProvider services)
    {
        var name = services.GetRequiredService<IOptions<HubOptions>>().Value.DatabaseProvider;
        if (string.Equals(name, "Sqlite", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(name))
            return new Sqlite.SqliteProvider(services.GetRequiredService<SqlStatementCounter>());
        throw new NotSupportedException($"Hub:DatabaseProvider '{name}' is not available in this build; SQLite (the default) is. PostgreSQL is being added (issue 14).");
    }

    private static string ConnectionString(IServiceProvider services, IConfiguration configuration)
    {
        var hub = services.GetRequiredService<IOptions<HubOptions>>().Value;
        return configuration.GetConnectionString("Hub") ?? $"Data Source={Path.Combine(hub.ResolveDataFolder(), "hub.db")}";
    }
}
