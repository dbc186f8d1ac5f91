using Hub.Kinds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hub.Data;

/// <summary>Registers the database: the engine chosen by Hub:DatabaseProvider, its context pool, version and start-up migration.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>The database (SQLite file in the data folder unless PostgreSQL is configured) and its start-up migration.</summary>
    public static IServiceCollection AddHubData(this IServiceCollection services, IConfiguration configuration)
    {
        if (ConfigurationProblem(configuration) is { } problem) throw new InvalidOperationException(problem);
        services.AddOptions<HubOptions>().Bind(configuration.GetSection(HubOptions.Section))
            .Validate(hub => HubOptions.IsValidPublicBaseUrl(hub.PublicBaseUrl),
                "Hub:PublicBaseUrl must be an absolute http or https address without user name, query or fragment, e.g. https://hub.example.se.")
            .ValidateOnStart();
        services.AddSingleton<SqlStatementCounter>();
        services.AddSingleton<IDatabaseProvider>(sp => Provider(sp));
        services.AddSingleton(sp => new DatabaseConnectionString(ConnectionString(sp, configuration)));
        // Pooled: a request reuses a context (and its compiled model and services) instead of building one.
        services.AddHubKinds();
        services.AddDbContextPool<HubDbContext>((sp, options) =>
        {
            sp.GetRequiredService<IDatabaseProvider>().Configure(options, sp.GetRequiredService<DatabaseConnectionString>().Value);
            options.ReplaceService<IModelCacheKeyFactory, KindsModelCacheKeyFactory>();
        });
        services.AddSingleton(sp => sp.GetRequiredService<IDatabaseProvider>().OpenVersion(sp.GetRequiredService<DatabaseConnectionString>().Value));
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    /// <summary>
    /// Why the database settings cannot work, in one line for the operator, or null when they can. Checked before
    /// anything starts, so a wrong setting stops the Hub with this line instead of a stack trace.
    /// </summary>
    public static string? ConfigurationProblem(IConfiguration configuration)
    {
        var name = configuration[$"{HubOptions.Section}:{nameof(HubOptions.DatabaseProvider)}"];
        if (IsSqlite(name)) return null;
        if (!IsPostgres(name))
            return $"Hub:DatabaseProvider '{name}' is not known; use Sqlite (the default) or Postgres.";
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString("Hub")))
            return "Hub:DatabaseProvider is Postgres but ConnectionStrings:Hub is not set; set it (environment variable " +
                "ConnectionStrings__Hub), e.g. \"Host=db.example.se;Database=hub;Username=hub;Password=…\".";
        return null;
    }

    private static bool IsSqlite(string? name) => string.IsNullOrEmpty(name) || string.Equals(name, "Sqlite", StringComparison.OrdinalIgnoreCase);

    private static bool IsPostgres(string? name) =>
        string.Equals(name, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    private static IDatabaseProvider Provider(IServiceProvider services)
    {
        var name = services.GetRequiredService<IOptions<HubOptions>>().Value.DatabaseProvider;
        var statements = services.GetRequiredService<SqlStatementCounter>();
        if (IsSqlite(name)) return new Sqlite.SqliteProvider(statements);
        if (IsPostgres(name)) return new Postgres.PostgresProvider(statements);
        throw new InvalidOperationException(ConfigurationProblem(services.GetRequiredService<IConfiguration>()));
    }

    private static string ConnectionString(IServiceProvider services, IConfiguration configuration)
    {
        var hub = services.GetRequiredService<IOptions<HubOptions>>().Value;
        if (configuration.GetConnectionString("Hub") is { Length: > 0 } configured) return configured;
        if (!IsSqlite(hub.DatabaseProvider)) throw new InvalidOperationException(ConfigurationProblem(configuration));
        return $"Data Source={Path.Combine(hub.ResolveDataFolder(), "hub.db")}";
    }
}

/// <summary>The connection string of the Hub's database, as configured or (SQLite) derived from the data folder.</summary>
public sealed record DatabaseConnectionString(string Value);
