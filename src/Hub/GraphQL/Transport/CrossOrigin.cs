using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Hub.GraphQL.Transport;

/// <summary>
/// Which other sites' browser applications may read the Hub's answers (CORS), through ASP.NET Core's own
/// middleware. /graphql: only the origins of Hub:Cors:AllowedOrigins (none by default). The statistics exports:
/// every origin, because they are open data at stable addresses. Any other origin gets no CORS header at all.
/// </summary>
public static class CrossOrigin
{
    /// <summary>For /graphql: the configured origins.</summary>
    public const string ApiPolicy = "Hub.Api";

    /// <summary>For GET /statistics/{id}.json and .csv: any origin.</summary>
    public const string OpenDataPolicy = "Hub.OpenData";

    // Besides the JSON ones, what GraphQL clients send: Apollo Client's CSRF marker, operation name and client names.
    private static readonly string[] RequestHeaders =
    [
        "Accept", "Authorization", "Content-Type",
        "apollo-require-preflight", "x-apollo-operation-name", "apollographql-client-name", "apollographql-client-version",
    ];

    // The Hub's own headers that browser code reads: a query's cost and cache use, when to retry after 429, why a
    // token was refused.
    private static readonly string[] ResponseHeaders = ["X-Hub-Cost", "X-Hub-Cache", "Retry-After", "WWW-Authenticate"];

    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddHubCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrossOriginOptions>().Bind(configuration.GetSection(CrossOriginOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrossOriginOptions>, CrossOriginOptions.Validator>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, settings) =>
        {
            // No credentials mode in either policy: tokens travel in the Authorization header, which a page can only
            // send if it holds the token, and the Hub sets no cookies. Without credentials no browser attaches
            // anything ambient, so another site can never act with a visitor's rights.
            var origins = settings.Value.Origins();
            cors.AddPolicy(ApiPolicy, policy => policy
                // A predicate rather than WithOrigins, so that every answer to an allowed origin says Vary: Origin
                // (WithOrigins leaves it out when a single origin is configured) and a cache never mixes origins.
                .SetIsOriginAllowed(origins.Contains)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders(RequestHeaders)
                .WithExposedHeaders(ResponseHeaders)
                .SetPreflightMaxAge(PreflightMaxAge));
            cors.AddPolicy(OpenDataPolicy, policy => policy
                .AllowAnyOrigin()
                .WithMethods(HttpMethods.Get)
                .WithHeaders(RequestHeaders)
                .WithExposedHeaders(ResponseHeaders)
                .SetPreflightMaxAge(PreflightMaxAge));
        });
        return services;
    }

    /// <summary>Before the token gate and the rate limiter, so browser applications can read a 401 or a 429 too.</summary>
    public static IApplicationBuilder UseHubCors(this IApplicationBuilder app) => app.UseCors();
}
