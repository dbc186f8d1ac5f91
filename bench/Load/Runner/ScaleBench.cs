using Hub.Bench.Inventory;
using Hub.Bench.Load;
using Hub.Bench.Operations;

namespace Hub.Bench.Runner;

/// <summary>
/// The list and search operations on inventories of several sizes, all servers up at once and measured in turns
/// (sizes forwards, then backwards; Hub and baseline swapping order), so that a change in the machine's load while
/// this runs cannot pass for an effect of size.
/// </summary>
public static class ScaleBench
{
    private static readonly string[] Keys = ["materials", "interventions", "search"];

    public static async Task<List<ScalePoint>> RunAsync(BenchOptions options, IReadOnlyList<GeneratedInventory> inventories)
    {
        var sizes = new List<(GeneratedInventory Inventory, ServerPair Servers, OperationBench Bench, IReadOnlyList<Operation> Operations)>();
        try
        {
            foreach (var inventory in inventories.OrderBy(i => i.Size.Materials))
            {
                var servers = await ServerPair.StartAsync(inventory, options.ResultCache);
                var operations = await OperationCatalogue.CreateAsync(inventory.Folder, options.Seed, withCompare: false, CancellationToken.None);
                sizes.Add((inventory, servers, new OperationBench(servers, options), operations.Where(o => Keys.Contains(o.Key)).ToList()));
            }
            var results = sizes.ToDictionary(s => s.Inventory.Size.Materials, _ => new Dictionary<string, OperationResult>());
            var half = options.ScaleDuration / 2;
            foreach (var key in Keys)
            {
                var measured = new Dictionary<int, (List<LoadResult> Hub, List<LoadResult> Baseline, string Check)>();
                foreach (var size in sizes)
                {
                    var operation = size.Operations.Single(o => o.Key == key);
                    var (check, _, _) = await size.Bench.CheckSameJsonAsync(operation);
                    await size.Bench.WarmUpAsync(operation, options.WarmUp / 2);
                    measured[size.Inventory.Size.Materials] = ([], [], check);
                }
                for (var round = 0; round < 2; round++)
                    foreach (var size in round == 0 ? sizes : Enumerable.Reverse(sizes))
                    {
                        var operation = size.Operations.Single(o => o.Key == key);
                        var (hub, baseline, _) = measured[size.Inventory.Size.Materials];
                        if (round == 0) hub.Add(await size.Bench.HubAsync(operation, half));
                        baseline.Add(await size.Bench.BaselineAsync(operation, half));
                        if (round == 1) hub.Add(await size.Bench.HubAsync(operation, half));
                    }
                foreach (var size in sizes)
                {
                    var (hub, baseline, check) = measured[size.Inventory.Size.Materials];
                    var result = new OperationResult(size.Operations.Single(o => o.Key == key), LoadResult.Combine(hub[0], hub[1]),
                        LoadResult.Combine(baseline[0], baseline[1]), null, check, 0, 0);
                    results[size.Inventory.Size.Materials][key] = result;
                    Console.WriteLine($"  {size.Inventory.Size.Materials,7:N0} materials, {key}: JSON {check}");
                    OperationBench.Report(result);
                }
            }
            return sizes.Select(s => new ScalePoint(s.Inventory.Size.Materials, s.Inventory.Size.Interventions, results[s.Inventory.Size.Materials])).ToList();
        }
        finally
        {
            foreach (var size in sizes) await size.Servers.DisposeAsync();
        }
    }
}
