using System.Security.Claims;
using System.Threading.RateLimiting;
using Hub.Data;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;

namespace Hub.GraphQL.Transport;

/// <summary>
/// Rate limits per organisation (or per address when anonymous), counted across instances where several share a
/// database (<see cref="SharedWindowRateLimiter"/>), and compression of large responses.
/// </summary>
public static class HttpProtection
{
    public static IServiceCollection AddHubHttpProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Hub:RateLimit");
        var permits = section.GetValue("PermitsPerMinute", 600);
        var anonymousPermits = section.GetValue("AnonymousPermitsPerMinute", 300);
        RatePartition PartitionOf(HttpContext http) => http.User.FindFirstValue("org") is { } organisation
            ? new($"org:{organisation}", permits)
            : new($"ip:{http.Connection.RemoteIpAddress}", anonymousPermits);

        // One process over its database (SQLite) counts in memory; instances sharing a database count there together.
        services.AddSingleton(sp => sp.GetRequiredService<IDatabaseProvider>().OpenRateCounts(sp.GetRequiredService<DatabaseConnectionString>().Value)
            is { } shared
                ? new SharedWindowRateLimiter(shared, PartitionOf, TimeProvider.System, sp.GetRequiredService<ILogger<SharedWindowRateLimiter>>())
                : PartitionedRateLimiter.Create<HttpContext, string>(http =>
                {
                    var (key, limit) = PartitionOf(http);
                    return RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(limit));
                }));
        services.AddOptions<RateLimiterOptions>().Configure<PartitionedRateLimiter<HttpContext>>((limiter, global) => limiter.GlobalLimiter = global);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var http = context.HttpContext;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString();
                await http.RequestServices.GetRequiredService<ErrorResponses>().WriteAsync(http, StatusCodes.Status429TooManyRequests,
                    Errors.ErrorCodes.RateLimited, $"Too many requests; try again in {seconds} s.",
                    new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
            };
        });
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true; // responses carry no secrets an attacker could probe byte by byte
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = [MediaTypes.GraphQLResponse, MediaTypes.Json, "text/csv", "application/javascript", "text/css", "text/html"];
        });
        return services;
    }

    public static WebApplication UseHubHttpProtection(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseResponseCompression();
        return app;
    }

    private static TokenBucketRateLimiterOptions Bucket(int permitsPerMinute) => new()
    {
        TokenLimit = Math.Max(1, permitsPerMinute),
        TokensPerPeriod = Math.Max(1, permitsPerMinute),
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
