using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;

namespace Hub.GraphQL.Transport;

/// <summary>Rate limits per organisation (or per address when anonymous) and compression of large responses.</summary>
public static class HttpProtection
{
    public static IServiceCollection AddHubHttpProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Hub:RateLimit");
        var permits = section.GetValue("PermitsPerMinute", 600);
        var anonymousPermits = section.GetValue("AnonymousPermitsPerMinute", 300);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var organisation = http.User.FindFirstValue("org");
                return organisation is not null
                    ? RateLimitPartition.GetTokenBucketLimiter($"org:{organisation}", _ => Bucket(permits))
                    : RateLimitPartition.GetTokenBucketLimiter($"ip:{http.Connection.RemoteIpAddress}", _ => Bucket(anonymousPermits));
            });
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
