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

    public static async Task<MemoryRun> RunAsync(OperationBench bench, ServerPair servers, IReadOnlyList<Operation> operations, double seconds, double idleMiB)
    {
        var slots = Mix.SelectMany(m => operations.Where(o => o.Key == m.Key).SelectMany(o => Enumerable.Repeat(o, m.Weight))).ToList();
        var samples = new List<(double, double)>();
        var stopwatch = Stopwatch.StartNew();
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                samples.Add((stopwatch.Elapsed.TotalSeconds, servers.Hub.ResidentMiB()));
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), done.Token);
                }
                catch (TaskCanceledException)
                {
                }
            }
        });
        var load = await bench.HubAsync((worker, index) => slots[(int)((worker * 7L + index) % slots.Count)].GraphQL(worker, index), seconds);
        await done.CancelAsync();
        await sampler;
        samples.Add((stopwatch.Elapsed.TotalSeconds, servers.Hub.ResidentMiB()));
        return new MemoryRun(samples, load, idleMiB, Describe(operations));
    }
}
