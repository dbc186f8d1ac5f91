using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Hub.Audit;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Postgres;

/// <summary>
/// On PostgreSQL nothing serialises writers but the Hub's own locks, and several Hub processes may write at once:
/// the audit chain must still come out as one unbroken line holding every write exactly once.
/// </summary>
public sealed class AuditChainConcurrencyTests
{
    [PostgresFact]
    public async Task ManyConcurrentPublishesThroughThePipelineAppendOneUnbrokenChain()
    {
        using var hub = new HubFactory();
        hub.Settings["Hub:RateLimit:PermitsPerMinute"] = "100000";
        var clients = Enumerable.Range(0, 8).Select(_ => hub.CreateClientAs("FK", "publisher")).ToList();

        var created = await InFlightAsync(120, 12, i => clients[i % clients.Count].SaveAsync("createMaterial", NewMaterial($"in-process-{i}")));

        await AssertOneChainHoldingEachOnceAsync(hub, created.Select(m => m["id"]!.GetValue<string>()).ToList());
    }

    [PostgresFact]
    public async Task TwoHubProcessesPublishingAtOnceKeepOneUnbrokenChain()
    {
        using var hub = new HubFactory();
        hub.CreateClient(); // migrates the database and loads the demo data once, before the instances start
        var environment = new Dictionary<string, string>(TestDatabase.EnvironmentFor(hub.DataFolder))
        {
            ["Hub__RateLimit__PermitsPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            // Writers queue one at a time; on a loaded 2-core CI machine the last of 16 in flight waited past the 15 s
            // execution timeout. This test is about the chain, not latency (issue 14 leaves write throughput to measure).
            ["Hub__Limits__ExecutionTimeout"] = "00:02:00",
        };
        await using var first = await HubProcess.StartAsync(environment);
        await using var second = await HubProcess.StartAsync(environment);
        var token = new AuthenticationHeaderValue("Bearer", hub.TokenFor("FK", "publisher"));
        var clients = new[] { first.CreateClient(), second.CreateClient() };
        foreach (var client in clients) client.DefaultRequestHeaders.Authorization = token;

        var created = await InFlightAsync(200, 16, i => clients[i % 2].SaveAsync("createMaterial", NewMaterial($"two-instances-{i}")));

        var verify = new StringWriter();
        Assert.True(await AuditCommand.RunAsync(["verify"], verify, verify, hub.CommandSettings()) == 0, verify.ToString());
        await AssertOneChainHoldingEachOnceAsync(hub, created.Select(m => m["id"]!.GetValue<string>()).ToList());
    }

    /// <summary>
    /// Runs the publishes with at most <paramref name="inFlight"/> requests open at once, as a busy set of clients would:
    /// writers queue for the lock, and with hundreds open at once on two cores the last would wait past the Hub's
    /// execution timeout, which would test the timeout rather than the chain.
    /// </summary>
    private static async Task<JsonNode[]> InFlightAsync(int count, int inFlight, Func<int, Task<JsonNode>> publish)
    {
        using var gate = new SemaphoreSlim(inFlight);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                return await publish(i);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static async Task AssertOneChainHoldingEachOnceAsync(HubFactory hub, IReadOnlyList<string> createdIds)
    {
        var verification = await hub.QueryAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        Assert.True(verification.Intact, verification.Message);
        var entries = await hub.QueryAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.ItemId, e.Operation }).ToListAsync());
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.Id));
        var kinds = Hub.Kinds.KindRegistry.Own();
        var references = createdIds.Select(id => Assert.IsType<Hub.Access.ItemRef>(kinds.TryDecode(id, out var item) ? item : null).ToString()).ToList();
        Assert.Equal(createdIds.Count, references.Distinct().Count());
        var creates = entries.Where(e => e.Operation == "CREATE").GroupBy(e => e.ItemId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(references, reference => Assert.Equal(1, creates.GetValueOrDefault(reference)));
    }
}
