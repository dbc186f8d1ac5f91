using Hub.Bench.Inventory;
using Hub.Bench.Load;
using Hub.Bench.Report;
using Hub.Bench.Runner;
using Hub.Bench.Servers;

namespace Hub.Bench.Hostile;

/// <summary>
/// `--hostile`: the real Hub alone (Release, Production, the bench's rate limits lifted) on a small inventory; each shape
/// sent one request at a time (all shapes' warm-ups first), every answer checked against the expected status and code, and the
/// server's CPU time (/proc) read around every single request. Writes bench/RESULTS-hostile.md only if every answer
/// was the expected one.
/// </summary>
public static class HostileRun
{
    public const int WarmUps = 3;

    /// <summary>Enough for a materials page; the shapes themselves touch no table.</summary>
    private static readonly InventorySize Size = new(1_000, 200, 30, 20);

    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan QuietTimeout = TimeSpan.FromSeconds(60);
    private const double QuietCpuMsPerSecond = 30;

    public static async Task<int> RunAsync(BenchOptions options, string command)
    {
        var started = DateTimeOffset.Now;
        var machine = MachineInfo.Read();
        Console.WriteLine($"Machine: {machine.Cpu}, {machine.Cores} cores, {machine.Os}, {machine.Runtime}; load {machine.LoadAverage}");
        Console.WriteLine($"Hub: {ServerPair.HubDll()}");
        var shapes = HostileShapes.All();
        var inventory = await GeneratedInventory.PrepareAsync(Size, options.Seed, options.Reuse, CancellationToken.None);
        try
        {
            var results = new List<HostileResult>();
            (double Before, double After) idle;
            await using (var hub = await ServerPair.StartHubAsync(inventory, options.ResultCache))
            {
                var token = ServerPair.ReaderToken(inventory);
                using var client = LoadGenerator.Client(hub.Address, connections: 1);
                // All shapes warm up first, so that the JIT's background work after them is over before anything is measured.
                Console.WriteLine($"Warm-up: {WarmUps} requests of each of {shapes.Count} shapes …");
                var warmUps = new List<HostileResult>();
                foreach (var shape in shapes) warmUps.Add(await MeasureAsync(hub, client, shape, token, WarmUps));
                var waited = await WaitUntilQuietAsync(hub);
                idle.Before = await IdleCpuAsync(hub);
                Console.WriteLine($"Idle Hub (after {waited.TotalSeconds:F0} s for the warm-up's background work to settle): {idle.Before:F1} ms of CPU per second. " +
                    $"Each shape {options.HostileRequests} times, one request at a time:");
                foreach (var (shape, warmUp) in shapes.Zip(warmUps))
                {
                    var measured = await MeasureAsync(hub, client, shape, token, options.HostileRequests);
                    var result = measured with { Failures = warmUp.Failures + measured.Failures, FirstFailure = warmUp.FirstFailure ?? measured.FirstFailure };
                    results.Add(result);
                    Console.WriteLine($"  {(result.Failures == 0 ? "ok  " : "FAIL")} {shape.Name,-60} {shape.BodyBytes,9:N0} B  CPU {result.MeanCpuMs,7:F1} ms/req " +
                        $"(max {result.MaxCpuMs,5:F0})  wall p50 {result.WallP50Ms,7:F1} ms  {shape.Expected}{(result.FirstFailure is { } f ? $"\n       got {f}" : "")}");
                }
                idle.After = await IdleCpuAsync(hub);
                Console.WriteLine($"Idle Hub afterwards: {idle.After:F1} ms of CPU per second.");
            }
            var failed = results.Where(r => r.Failures > 0).ToList();
            if (failed.Count > 0)
            {
                Console.Error.WriteLine($"FAILED: {failed.Count} shape(s) did not get the expected answer; no results written.");
                foreach (var r in failed)
                    Console.Error.WriteLine($"  {r.Shape.Name}: expected {r.Shape.Expected}; {r.Failures} of {WarmUps + r.Requests} answers differed, the first: {r.FirstFailure}");
                return 1;
            }
            var report = new HostileReport(options, command, machine, started, DateTimeOffset.Now - started, MachineInfo.CurrentLoad(), idle, results);
            var path = options.Results ?? Path.Combine(ServerPair.RepositoryRoot(), "bench", "RESULTS-hostile.md");
            var previous = File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
            await File.WriteAllTextAsync(path, HostileReportWriter.Write(report, previous));
            Console.WriteLine($"Results written to {path} ({report.Took.TotalMinutes:F1} min).");
            return 0;
        }
        finally
        {
            inventory.DeleteIfTemporary();
        }
    }

    /// <summary>Each request alone between two reads of the server's CPU time, so the costliest single request shows.</summary>
    private static async Task<HostileResult> MeasureAsync(ServerProcess hub, HttpClient client, HostileShape shape, string token, int requests)
    {
        var measured = new List<LoadResult>();
        for (var i = 0; i < requests; i++)
            measured.Add(await OperationBench.RunAsync(hub, client, (_, _) => shape.Request(token), connections: 1, TimeSpan.FromMinutes(5), maxRequests: 1, shape.Accepts));
        return new HostileResult(shape, measured, measured.Sum(m => m.Errors), measured.Select(m => m.FirstError).FirstOrDefault(e => e is not null));
    }

    private static async Task<double> IdleCpuAsync(ServerProcess hub, TimeSpan? window = null)
    {
        var seconds = window ?? IdleWindow;
        var before = hub.CpuSeconds();
        await Task.Delay(seconds);
        return (hub.CpuSeconds() - before) * 1000 / seconds.TotalSeconds;
    }

    /// <summary>
    /// After the warm-up the Hub keeps busy for seconds (the JIT recompiling hot methods, garbage collection of the large
    /// bodies); that work would land in the first shapes' windows. Waits until a second passes with little CPU.
    /// </summary>
    private static async Task<TimeSpan> WaitUntilQuietAsync(ServerProcess hub)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < QuietTimeout && await IdleCpuAsync(hub, TimeSpan.FromSeconds(1)) > QuietCpuMsPerSecond) { }
        return waited.Elapsed;
    }
}
