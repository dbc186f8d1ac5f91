using Hub.Bench.Load;
using Hub.Bench.Report;

namespace Hub.Bench.Hostile;

/// <summary>One shape's measured requests, each with the server CPU time read around it alone.</summary>
/// <param name="DeferredCpuMs">CPU the Hub spent after the last request until it was quiet again, above its idle rate.</param>
public sealed record HostileResult(HostileShape Shape, IReadOnlyList<LoadResult> Measured, long Failures, string? FirstFailure, double DeferredCpuMs)
{
    public int Requests => Measured.Count;

    /// <summary>Mean CPU inside the requests' own windows (from sending to reading the last byte).</summary>
    public double MeanCpuMs => Measured.Sum(m => m.ServerCpuSeconds) * 1000 / Requests;

    public double DeferredCpuMsPerRequest => DeferredCpuMs / Requests;

    /// <summary>What one request of this shape costs the Hub in all: in its window and after it.</summary>
    public double TotalCpuMs => MeanCpuMs + DeferredCpuMsPerRequest;

    /// <summary>The costliest single request; /proc counts in ticks of 10 ms, so one request reads as 0, 10, 20 … ms.</summary>
    public double MaxCpuMs => Measured.Max(m => m.ServerCpuSeconds) * 1000;

    /// <summary>Bytes of the first measured answer's body (all answers to one shape are alike).</summary>
    public long AnswerBytes => Measured[0].Bytes;

    public double WallP50Ms => Combined().Latency.PercentileMs(50);

    public double WallMaxMs => Combined().Latency.MaxMicroseconds / 1000;

    private LoadResult Combined() => Measured.Aggregate(LoadResult.Combine);
}

/// <summary>Everything one `--hostile` run measured, for bench/RESULTS-hostile.md.</summary>
/// <param name="Commit">The repository's commit the Hub was built from (with "+changes" when the tree differs from it).</param>
public sealed record HostileReport(BenchOptions Options, string Command, MachineInfo Machine, string Commit, DateTimeOffset Started, TimeSpan Took,
    string LoadAfter, (double Before, double After) IdleCpuMsPerSecond, IReadOnlyList<HostileResult> Results);
