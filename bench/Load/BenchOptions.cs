using System.Globalization;

namespace Hub.Bench;

/// <summary>The command line of the benchmark; every option has a default so the bare command runs the full bench.</summary>
public sealed record BenchOptions
{
    public int Materials { get; init; } = 100_000;
    public int? Interventions { get; init; }
    public int Organisations { get; init; } = 30;
    public int Datasets { get; init; } = 200;
    public int Connections { get; init; } = 32;

    /// <summary>Seconds each server is measured per operation (split into two halves, interleaved A-B-B-A).</summary>
    public double Duration { get; init; } = 20;
    public double WarmUp { get; init; } = 10;

    /// <summary>Upper bound on the requests of one measurement, whatever the duration.</summary>
    public long MaxRequests { get; init; } = 2_000_000;

    /// <summary>Seconds of the mixed-operation memory run; 0 skips it.</summary>
    public double Soak { get; init; }

    /// <summary>Seconds of the same mix before the memory run, while heaps and caches grow to their working size.</summary>
    public double SoakWarmUp { get; init; } = 90;

    /// <summary>Smaller inventories whose list and search latencies are compared with the main one.</summary>
    public IReadOnlyList<int> ScaleSizes { get; init; } = [1_000, 10_000];
    public double ScaleDuration { get; init; } = 8;
    public bool Reuse { get; init; }

    /// <summary>Only generate (and cache, as with --reuse) the inventory, then print its folder: for `explain`.</summary>
    public bool GenerateOnly { get; init; }
    public string? Results { get; init; }
    public int Seed { get; init; } = 2026;

    /// <summary>Whether the Hub keeps responses to anonymous queries (its default) or runs every request.</summary>
    public bool ResultCache { get; init; } = true;

    /// <summary>`--hostile`: measure what hostile requests cost the Hub before they are refused, instead of the load bench.</summary>
    public bool Hostile { get; init; }

    /// <summary>Requests measured per hostile shape.</summary>
    public int HostileRequests { get; init; } = 20;

    /// <summary>
    /// Rounds of all hostile shapes before any is measured: 30 is the JIT's call count for recompiling a method
    /// optimised, so what a shape runs is in its steady state, and the recompiling is not charged to its requests.
    /// </summary>
    public int HostileWarmUps { get; init; } = 30;

    public int InterventionsFor(int materials) => Interventions ?? Math.Max(100, materials / 5);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--materials" => options with { Materials = Int(Next()) },
                "--interventions" => options with { Interventions = Int(Next()) },
                "--datasets" => options with { Datasets = Int(Next()) },
                "--connections" => options with { Connections = Int(Next()) },
                "--duration" => options with { Duration = Number(Next()) },
                "--warmup" => options with { WarmUp = Number(Next()) },
                "--max-requests" => options with { MaxRequests = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--soak" => options with { Soak = Number(Next()) },
                "--soak-warmup" => options with { SoakWarmUp = Number(Next()) },
                "--scale" => options with { ScaleSizes = Sizes(Next()) },
                "--scale-duration" => options with { ScaleDuration = Number(Next()) },
                "--reuse" => options with { Reuse = true },
                "--generate-only" => options with { GenerateOnly = true },
                "--results" => options with { Results = Next() },
                "--seed" => options with { Seed = Int(Next()) },
                "--hostile" => options with { Hostile = true },
                "--hostile-requests" => options with { HostileRequests = Int(Next()) },
                "--hostile-warmups" => options with { HostileWarmUps = Int(Next()) },
                "--result-cache" => options with { ResultCache = Next() switch { "on" => true, "off" => false, var v => throw new ArgumentException($"--result-cache is on or off, not {v}.") } },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Load -- [options]
          --materials N        materials in the main inventory (100000); interventions default to N/5
          --connections N      concurrent connections (32)
          --duration S         seconds per server and operation (20), warm-up --warmup S (10)
          --max-requests N     bound on requests per measurement (2000000)
          --soak S             mixed-operation memory run of S seconds, e.g. 120 (off), after --soak-warmup S (90)
          --scale 1000,10000   smaller inventories for the scaling table ('none' to skip)
          --scale-duration S   seconds per operation in the scaling runs (8)
          --reuse              reuse inventories generated earlier (cached under the temp folder)
          --results FILE       where to write the report (bench/RESULTS.md)
          --result-cache off   run every request in the Hub instead of answering repeated anonymous queries from its
                               result cache (on, the Hub's default): the engine against the baseline
          --generate-only      only generate and cache the inventory, print its folder
          --hostile            instead: the Hub's CPU per hostile request (each shape of HostileDocumentTests and issue 12's
                               worst cases) on a small inventory, every answer checked; writes bench/RESULTS-hostile.md
          --hostile-requests N requests measured per hostile shape (20), after --hostile-warmups N rounds of all (30)
        Diagnostics: `explain --data-folder DIR` prints each operation's SQL statements, times and query plans.
        """;

    private static int Int(string text) => int.Parse(text.Replace("_", ""), CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static IReadOnlyList<int> Sizes(string text) =>
        text is "none" or "" ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Int).ToList();
}
