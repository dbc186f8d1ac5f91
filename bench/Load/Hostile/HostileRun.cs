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
    /// <summary>Enough for a materials page; the shapes themselves touch no table.</summary>
    private static readonly InventorySize Size = new(1_000, 200, 30, 20);

    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan QuietTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(10);
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
                // A publisher's token: the callers allowed the 4 MiB body, so the worst a token can send.
                var token = ServerPair.PublisherToken(inventory);
                using var client = LoadGenerator.Client(hub.Address, connections: 1);
                // All shapes warm up first, in rounds: the JIT starts counting calls only once no new method has been compiled
                // for a moment, so after the first round the calls count, and the recompiling is over before anything is measured.
                Console.WriteLine($"Warm-up: {options.HostileWarmUps} rounds of the {shapes.Count} shapes …");
                var warmUps = shapes.Select(s => new HostileResult(s, [], 0, null, 0)).ToList();
                for (var round = 0; round < options.HostileWarmUps; round++)
                    for (var i = 0; i < shapes.Count; i++)
                        if (await MeasureAsync(hub, client, shapes[i], token, 1, idleCpuMsPerSecond: null) is { Failures: > 0 } wrong)
                            warmUps[i] = warmUps[i] with { Failures = warmUps[i].Failures + wrong.Failures, FirstFailure = warmUps[i].FirstFailure ?? wrong.FirstFailure };
                var waited = await WaitUntilQuietAsync(hub, QuietTimeout);
                idle.Before = await IdleCpuAsync(hub);
                Console.WriteLine($"Idle Hub (after {waited.TotalSeconds:F0} s for the warm-up's background work to settle): {idle.Before:F1} ms of CPU per second. " +
                    $"Each shape {options.HostileRequests} times, one request at a time:");
                foreach (var (shape, warmUp) in shapes.Zip(warmUps))
                {
                    var measured = await MeasureAsync(hub, client, shape, token, options.HostileRequests, idle.Before);
                    var result = measured with { Failures = warmUp.Failures + measured.Failures, FirstFailure = warmUp.FirstFailure ?? measured.FirstFailure };
                    results.Add(result);
                    Console.WriteLine($"  {(result.Failures == 0 ? "ok  " : "FAIL")} {shape.Name,-60} {shape.BodyBytes,9:N0} B  CPU {result.MeanCpuMs,7:F1} ms/req + {result.DeferredCpuMsPerRequest,5:F1} after " +
                        $"(max {result.MaxCpuMs,4:F0})  wall p50 {result.WallP50Ms,7:F1} ms  {shape.Expected}{(result.FirstFailure is { } f ? $"\n       got {f}" : "")}");
                }
                idle.After = await IdleCpuAsync(hub);
                Console.WriteLine($"Idle Hub afterwards: {idle.After:F1} ms of CPU per second.");
            }
            var failed = results.Where(r => r.Failures > 0).ToList();
            if (failed.Count > 0)
            {
                Console.Error.WriteLine($"FAILED: {failed.Count} shape(s) did not get the expected answer; no results written.");
                foreach (var r in failed)
                    Console.Error.WriteLine($"  {r.Shape.Name}: expected {r.Shape.Expected}; {r.Failures} of {options.HostileWarmUps + r.Requests} answers differed, the first: {r.FirstFailure}");
                return 1;
            }
            var report = new HostileReport(options, command, machine, Commit(), started, DateTimeOffset.Now - started, MachineInfo.CurrentLoad(), idle, results);
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

    /// <summary>
    /// Each request alone between two reads of the server's CPU time, so the costliest single request shows. With the
    /// idle rate given, then waits until the Hub is quiet and charges what it spent meanwhile above that rate (garbage
    /// collection of the bodies, the JIT) to this shape rather than to the next.
    /// </summary>
    private static async Task<HostileResult> MeasureAsync(ServerProcess hub, HttpClient client, HostileShape shape, string token, int requests,
        double? idleCpuMsPerSecond)
    {
        var measured = new List<LoadResult>();
        for (var i = 0; i < requests; i++)
            measured.Add(await OperationBench.RunAsync(hub, client, (_, _) => shape.Request(token), connections: 1, TimeSpan.FromMinutes(5), maxRequests: 1, shape.Accepts));
        var deferredMs = 0.0;
        if (idleCpuMsPerSecond is { } idle)
        {
            var cpu = hub.CpuSeconds();
            var settled = await WaitUntilQuietAsync(hub, SettleTimeout);
            deferredMs = Math.Max(0, (hub.CpuSeconds() - cpu) * 1000 - idle * settled.TotalSeconds);
        }
        return new HostileResult(shape, measured, measured.Sum(m => m.Errors), measured.Select(m => m.FirstError).FirstOrDefault(e => e is not null), deferredMs);
    }

    /// <summary>Which Hub was measured: the short commit id, marked when src/ has changes not committed.</summary>
    private static string Commit()
    {
        var root = ServerPair.RepositoryRoot();
        var commit = MachineInfo.Command("git", $"-C \"{root}\" rev-parse --short HEAD");
        var changes = MachineInfo.Command("git", $"-C \"{root}\" status --porcelain -- src");
        return commit is "" or "?" ? "unknown" : changes is "" ? commit : $"{commit}+changes";
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
    /// bodies); that work would land in the next shape's windows. Waits until a second passes with little CPU.
    /// </summary>
    private static async Task<TimeSpan> WaitUntilQuietAsync(ServerProcess hub, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout && await IdleCpuAsync(hub, TimeSpan.FromSeconds(1)) > QuietCpuMsPerSecond) { }
        return waited.Elapsed;
    }
}
