using System.Net;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Postgres;

/// <summary>
/// Two Hub processes over one PostgreSQL database behave as one Hub: they can start together on an empty database, and
/// a caller's rate limit counts its requests to both.
/// </summary>
public sealed class SeveralInstancesTests
{
    [PostgresFact]
    public async Task TwoInstancesStartingTogetherOnAnEmptyDatabaseMigrateAndLoadTheDemoDataOnce()
    {
        using var hub = new HubFactory();
        TestDatabase.EnsureCreated(hub.DataFolder);
        var environment = Environment(hub);

        var started = await Task.WhenAll(HubProcess.StartAsync(environment), HubProcess.StartAsync(environment));
        await using var first = started[0];
        await using var second = started[1];

        var organisations = await hub.QueryAsync(db => db.Organisations.AsNoTracking().GroupBy(o => o.Code).Select(g => g.Count()).ToListAsync());
        Assert.NotEmpty(organisations);
        Assert.All(organisations, count => Assert.Equal(1, count));
        const string count = "{ materials(first: 1) { totalCount } }";
        var expected = (await hub.CreateClient().PostGraphQLAsync(count)).EnsureNoErrors().Data["materials"]!["totalCount"]!.GetValue<int>();
        Assert.True(expected > 0);
        foreach (var instance in started)
        {
            var response = (await instance.CreateClient().PostGraphQLAsync(count)).EnsureNoErrors();
            Assert.Equal(expected, response.Data["materials"]!["totalCount"]!.GetValue<int>());
        }
    }

    [PostgresFact]
    public async Task AnAnonymousCallersLimitCountsItsRequestsToEveryInstance()
    {
        const int permits = 8;
        using var hub = new HubFactory();
        hub.CreateClient(); // migrates and loads the demo data before the instances start
        var environment = new Dictionary<string, string>(Environment(hub)) { ["Hub__RateLimit__AnonymousPermitsPerMinute"] = $"{permits}" };
        await using var first = await HubProcess.StartAsync(environment);
        await using var second = await HubProcess.StartAsync(environment);
        var clients = new[] { first.CreateClient(), second.CreateClient() };
        // The limit is per minute window: start early in one, so the calls below all fall into it.
        if (DateTime.UtcNow.Second > 45) await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));

        var statuses = new List<HttpStatusCode>();
        var refusals = new List<GraphQLResponse>();
        for (var i = 0; i < 3 * permits; i++)
        {
            var response = await clients[i % 2].PostGraphQLAsync("{ __typename }");
            statuses.Add(response.Http.StatusCode);
            if (response.Status == 429) refusals.Add(response);
        }

        // Each instance alone would admit `permits`; together they admit the caller's permits once. Each may admit a
        // quarter of the permits on its own before it reports them, so a burst can overshoot by that much at most.
        var admitted = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.InRange(admitted, permits, permits + 2 * (permits / 4));
        Assert.Equal(3 * permits - admitted, refusals.Count);
        Assert.All(refusals, refused =>
        {
            Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
            Assert.InRange(int.Parse(refused.Http.Headers.RetryAfter!.ToString()), 1, 60);
        });
        Assert.Contains(refusals, r => r.Http.RequestMessage!.RequestUri!.Port == first.Address.Port);
        Assert.Contains(refusals, r => r.Http.RequestMessage!.RequestUri!.Port == second.Address.Port);
    }

    private static Dictionary<string, string> Environment(HubFactory hub) => new(TestDatabase.EnvironmentFor(hub.DataFolder))
    {
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
