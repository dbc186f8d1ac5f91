using Hub.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations;

/// <summary>
/// Probes for load balancers and orchestrators (ASP.NET Core health checks). <c>/health/live</c>: the process answers.
/// <c>/health/ready</c>: the database answers and every migration this build knows is applied, so an instance started
/// against an older or unreachable database gets no traffic. Both answer 200 or 503 with the status as plain text,
/// never details, and are exempt from rate limits (a probe every second from one address must not be refused).
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddHubHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<HubDbContext>("database", tags: [ReadyTag], customTestQuery: IsReadyAsync);
        return services;
    }

    public static WebApplication MapHubHealth(this WebApplication app)
    {
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks(Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting();
        return app;
    }

    private static async Task<bool> IsReadyAsync(HubDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken) && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
}
