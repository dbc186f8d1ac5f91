using System.Net;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Startup;

/// <summary>The probes an operations team points its load balancer at (issue 14, part 5).</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task LiveAndReadyAnswer200OnceTheDatabaseIsMigrated()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task ReadyAnswers503WhileAMigrationIsMissingAndLiveStays200()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();
        await hub.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT max("MigrationId") FROM "__EFMigrationsHistory")"""));

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task ProbesAreNotRateLimited()
    {
        using var hub = new HubFactory { Settings = { ["Hub:RateLimit:AnonymousPermitsPerMinute"] = "2" } };
        var client = hub.CreateClient();
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        // The same address is limited where the limit applies.
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.PostGraphQLAsync("{ __typename }")).Status);
        Assert.Contains(429, statuses);
    }
}
