using Hub.Bench.Baseline;
using Hub.Bench.Runner;

namespace Hub.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Load -- [options]` runs the benchmark; the verb `baseline` is the baseline
/// server, which the benchmark starts as a child process of its own.
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["baseline", .. var rest]) return await BaselineServer.RunAsync(rest);
        if (args is ["explain", .. var explain]) return await Diagnostics.SqlExplain.RunAsync(explain);
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }
        if (options.GenerateOnly)
        {
            var size = new Inventory.InventorySize(options.Materials, options.InterventionsFor(options.Materials), options.Organisations, options.Datasets);
            var inventory = await Inventory.GeneratedInventory.PrepareAsync(size, options.Seed, reuse: true, CancellationToken.None);
            Console.WriteLine(inventory.Folder);
            return 0;
        }
        var command = string.Join(' ', ["dotnet run -c Release --project bench/Load --", .. args]).TrimEnd(' ', '-');
        if (options.Hostile) return await Hostile.HostileRun.RunAsync(options, command);
        return await BenchRun.RunAsync(options, command);
    }
}
