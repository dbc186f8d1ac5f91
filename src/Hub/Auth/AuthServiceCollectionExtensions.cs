using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Hub.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Bearer tokens from the trusted issuers (and the development issuer where enabled), and the policies.</summary>
    public static IServiceCollection AddHubAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // The environment is read from the container when the issuers are built, where a test host may have set it.
        _ = environment;
        services.AddOptions<HubAuthOptions>().Bind(configuration.GetSection(HubAuthOptions.Section));
        services.AddHttpClient(TrustedIssuers.JwksHttpClient, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<TrustedIssuers>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TrustedIssuers>(TokenValidation.Configure);
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>()
            .Configure<IOptions<HubAuthOptions>>((authorization, auth) => Policies.Register(authorization, auth.Value.AdminOrganisation));
        return services;
    }

    /// <summary>Reads the trusted issuers now (creating the development key on first start) and guards every request.</summary>
    public static WebApplication UseHubAuth(this WebApplication app)
    {
        var issuers = app.Services.GetRequiredService<TrustedIssuers>();
        app.Use(BearerTokenGate.InvokeAsync);
        if (issuers.DevelopmentKey is { } key) app.MapDevelopmentTokens(key, issuers.Audience);
        return app;
    }
}
