using System.Diagnostics;
using Hub.Bench.Operations;

namespace Hub.Bench.Runner;

/// <summary>
/// Mixed operations against the Hub for a fixed time while its resident memory is read every second. The mix leans on
/// the cheap reads (as real traffic does), so that many requests pass through in two minutes: per 21 requests,
/// 9 material lists, 6 node look-ups, 4 compares, 1 search and 1 intervention list.
/// </summary>
public static class MemorySoak
{
    private static readonly (string Key, int Weight)[] Mix = [("materials", 9), ("node", 6), ("compare", 4), ("search", 1), ("interventions", 1)];

    public static string Describe(IReadOnlyList<Operation> operations) =>
        string.Join(", ", Mix.Where(m => operations.Any(o => o.Key == m.Key)).Select(m => $"{m.Weight} × {m.Key}")) + " per round";

    /// <summary>The Hub first, then the baseline with the same mix and time: growth in both is the runtime's or the database's.</summary>
    public static async Task<(MemoryRun Hub, MemoryRun Baseline)> RunBothAsync(OperationBench bench, ServerPair servers, IReadOnlyList<Operation> operations,
        double seconds, double hubIdleMiB, double baselineIdleMiB)
    {
        var hub = await RunAsync(servers.Hub, (request, s) => bench.HubAsync(request, s), (o, w, i) => o.GraphQL(w, i), operations, seconds, hubIdleMiB);
        var baseline = await RunAsync(servers.Baseline, (request, s) => bench.BaselineAsync(request, s), (o, w, i) => o.Baseline(w, i),
            operations.Where(o => o.HasBaseline).ToList(), seconds, baselineIdleMiB);
        return (hub, baseline);
    }

    private static async Task<MemoryRun> RunAsync(Servers.ServerProcess server, Func<Func<int, long, HttpRequestMessage>, double, Task<Load.LoadResult>> drive,
        Func<Operation, int, long, HttpRequestMessage> request, IReadOnlyList<Operation> operations, double seconds, double idleMiB)
    {
        var slots = Mix.SelectMany(m => operations.Where(o => o.Key == m.Key).SelectMany(o => Enumerable.Repeat(o, m.Weight))).ToList();
        var samples = new List<(double, double)>();
        var stopwatch = Stopwatch.StartNew();
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                samples.Add((stopwatch.Elapsed.TotalSeconds, server.ResidentMiB()));
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), done.Token);
                }
                catch (TaskCanceledException)
                {
                }
            }
        });
        var load = await drive((worker, index) => request(slots[(int)((worker * 7L + index) % slots.Count)], worker, index), seconds);
        await done.CancelAsync();
        await sampler;
        samples.Add((stopwatch.Elapsed.TotalSeconds, server.ResidentMiB()));
        return new MemoryRun(samples, load, idleMiB, Describe(operations));
    }
}
