using Hub.Bench.Inventory;
using Hub.Bench.Operations;
using Hub.Bench.Report;

namespace Hub.Bench.Runner;

/// <summary>The whole benchmark: generate, start both servers, measure, soak, scale, report.</summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options, string command)
    {
        var started = DateTimeOffset.Now;
        var machine = MachineInfo.Read();
        Console.WriteLine($"Machine: {machine.Cpu}, {machine.Cores} cores, {machine.MemoryGiB:F1} GiB, {machine.Os}, {machine.Runtime}; load {machine.LoadAverage}");
        Console.WriteLine($"Hub: {ServerPair.HubDll()}");

        var inventory = await PrepareAsync(options, options.Materials);
        var scaleInventories = new List<GeneratedInventory>();
        try
        {
            var report = new BenchReport { Options = options, Command = command, Machine = machine, Started = started, Inventory = inventory.Counts };
            await MeasureAsync(options, inventory, report);
            if (options.ScaleSizes.Count > 0)
            {
                Console.WriteLine($"Scaling: {string.Join(", ", options.ScaleSizes.Append(options.Materials).Distinct().Order().Select(s => s.ToString("N0")))} materials, interleaved");
                foreach (var size in options.ScaleSizes.Where(s => s != options.Materials).Distinct())
                    scaleInventories.Add(await PrepareAsync(options, size));
                report.Scale.AddRange(await ScaleBench.RunAsync(options, [.. scaleInventories, inventory]));
            }
            report.Took = DateTimeOffset.Now - started;
            report.LoadAfter = MachineInfo.CurrentLoad();
            var path = options.Results ?? Path.Combine(ServerPair.RepositoryRoot(), "bench", "RESULTS.md");
            var previous = File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
            await File.WriteAllTextAsync(path, ResultsWriter.Write(report, previous));
            Console.WriteLine($"Results written to {path} ({report.Took.TotalMinutes:F1} min).");
            return 0;
        }
        finally
        {
            inventory.DeleteIfTemporary();
            foreach (var scale in scaleInventories) scale.DeleteIfTemporary();
        }
    }

    /// <summary>Every operation on the main inventory, an authenticated variant, then the memory run.</summary>
    private static async Task MeasureAsync(BenchOptions options, GeneratedInventory inventory, BenchReport report)
    {
        await using var servers = await ServerPair.StartAsync(inventory, options.ResultCache);
        report.HubIdleMiB = servers.Hub.ResidentMiB();
        report.BaselineIdleMiB = servers.Baseline.ResidentMiB();
        var bench = new OperationBench(servers, options);
        report.CompareField = await CompareProbe.FindAsync(bench.HubClient);
        Console.WriteLine($"Dataset compare: {report.CompareField ?? "not in the schema, not measured"}");
        var operations = await OperationCatalogue.CreateAsync(inventory.Folder, options.Seed, withCompare: report.CompareField is not null, CancellationToken.None);
        Console.WriteLine($"Measuring at {options.Connections} connections, {options.Duration} s per server and operation after {options.WarmUp} s warm-up:");
        foreach (var operation in operations)
            report.Operations.Add(await bench.MeasureAsync(operation, options.WarmUp, options.Duration));
        report.Typename = await bench.MeasureAsync(OperationCatalogue.Typename(), options.WarmUp, options.Duration);

        var token = ServerPair.ReaderToken(inventory);
        var authenticated = new Operation("materials-af", "(a) as AF reader", true, Queries.MaterialList,
            [new { filter = new { themes = new[] { "EQUAL_TREATMENT" } } }], null) { Bearer = token };
        await bench.HubAsync(authenticated.GraphQL, options.WarmUp);
        report.Authenticated = await bench.HubAsync(authenticated.GraphQL, options.Duration / 2);
        Console.WriteLine($"  materials as AF reader (bearer token): {OperationBench.Describe(report.Authenticated)}");

        if (options.Soak > 0)
        {
            Console.WriteLine($"Memory: {options.SoakWarmUp} s warm-up and {options.Soak} s of mixed operations on the Hub, then on the baseline …");
            (report.Memory, report.BaselineMemory) = await MemorySoak.RunBothAsync(bench, servers, operations, options.SoakWarmUp, options.Soak,
                report.HubIdleMiB, report.BaselineIdleMiB);
            foreach (var (name, run) in new[] { ("Hub", report.Memory), ("baseline", report.BaselineMemory) })
                Console.WriteLine($"  {name}: RSS start {run.Start:F0} MiB, end {run.End:F0}, max {run.Max:F0}, " +
                    $"slope {run.SlopePerMinute(0):F1} MiB/min (second half {run.SlopePerMinute(0.5):F1}); {run.Load.Requests} requests");
        }
    }

    private static Task<GeneratedInventory> PrepareAsync(BenchOptions options, int materials) =>
        GeneratedInventory.PrepareAsync(new InventorySize(materials, options.InterventionsFor(materials), options.Organisations, options.Datasets),
            options.Seed, options.Reuse, CancellationToken.None);
}
