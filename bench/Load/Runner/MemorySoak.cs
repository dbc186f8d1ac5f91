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

    /// <summary>
    /// The Hub first, then the baseline with the same mix and time: growth in both is the runtime's or the database's.
    /// Each server first gets <paramref name="warmUpSeconds"/> of the same mix, sampled but not judged: a server's heap
    /// and SQLite's per-connection page caches grow to their working size in the first minute or so (both servers alike).
    /// </summary>
    public static async Task<(MemoryRun Hub, MemoryRun Baseline)> RunBothAsync(OperationBench bench, ServerPair servers, IReadOnlyList<Operation> operations,
        double warmUpSeconds, double seconds, double hubIdleMiB, double baselineIdleMiB)
    {
        Func<Func<int, long, HttpRequestMessage>, double, Task<Load.LoadResult>> hubDrive = (request, s) => bench.HubAsync(request, s);
        Func<Func<int, long, HttpRequestMessage>, double, Task<Load.LoadResult>> baselineDrive = (request, s) => bench.BaselineAsync(request, s);
        var withBaseline = operations.Where(o => o.HasBaseline).ToList();
        var hubWarmUp = await RunAsync(servers.Hub, hubDrive, (o, w, i) => o.GraphQL(w, i), operations, warmUpSeconds, hubIdleMiB, null);
        var hub = await RunAsync(servers.Hub, hubDrive, (o, w, i) => o.GraphQL(w, i), operations, seconds, hubIdleMiB, hubWarmUp);
        var baselineWarmUp = await RunAsync(servers.Baseline, baselineDrive, (o, w, i) => o.Baseline(w, i), withBaseline, warmUpSeconds, baselineIdleMiB, null);
        var baseline = await RunAsync(servers.Baseline, baselineDrive, (o, w, i) => o.Baseline(w, i), withBaseline, seconds, baselineIdleMiB, baselineWarmUp);
        return (hub, baseline);
    }

    private static async Task<MemoryRun> RunAsync(Servers.ServerProcess server, Func<Func<int, long, HttpRequestMessage>, double, Task<Load.LoadResult>> drive,
        Func<Operation, int, long, HttpRequestMessage> request, IReadOnlyList<Operation> operations, double seconds, double idleMiB, MemoryRun? warmUp)
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
        return new MemoryRun(samples, load, idleMiB, Describe(operations)) { WarmUp = warmUp };
    }
}
