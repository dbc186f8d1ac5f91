using Microsoft.EntityFrameworkCore;
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
        // Pooled: a request reuses a context (and its compiled model and services) instead of building one.
        services.AddDbContextPool<HubDbContext>((sp, options) =>
        {
            options.UseSqlite(ConnectionString(sp, configuration), sqlite => sqlite.MigrationsAssembly(typeof(HubDbContext).Assembly.FullName));
            options.AddInterceptors(sp.GetRequiredService<SqlStatementCounter>(), SqliteSettings.BusyTimeout.Instance);
        });
        services.AddSingleton(sp => new DatabaseVersion(ConnectionString(sp, configuration)));
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    private static string ConnectionString(IServiceProvider services, IConfiguration configuration)
    {
        var hub = services.GetRequiredService<IOptions<HubOptions>>().Value;
        if (string.Equals(hub.DatabaseProvider, "Postgres", StringComparison.OrdinalIgnoreCase))
            throw new NotSupportedException(
                "PostgreSQL is prepared in the model but not wired in this build; see README, 'Growing beyond one machine'.");
        return configuration.GetConnectionString("Hub") ?? $"Data Source={Path.Combine(hub.ResolveDataFolder(), "hub.db")}";
    }
}
