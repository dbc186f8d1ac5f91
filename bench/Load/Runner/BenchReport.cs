using Hub.Bench.Inventory;
using Hub.Bench.Load;
using Hub.Bench.Report;

namespace Hub.Bench.Runner;

/// <summary>Everything one run measured, for the report.</summary>
public sealed record BenchReport
{
    public required BenchOptions Options { get; init; }
    public required string Command { get; init; }
    public required MachineInfo Machine { get; init; }
    public required DateTimeOffset Started { get; init; }
    public TimeSpan Took { get; set; }
    public string LoadAfter { get; set; } = "";
    public required InventoryCounts Inventory { get; init; }
    public List<OperationResult> Operations { get; } = [];
    public OperationResult? Typename { get; set; }
    public LoadResult? Authenticated { get; set; }
    public string? CompareField { get; set; }
    public double HubIdleMiB { get; set; }
    public MemoryRun? Memory { get; set; }
    public MemoryRun? BaselineMemory { get; set; }
    public double BaselineIdleMiB { get; set; }
    public List<ScalePoint> Scale { get; } = [];
}
