using Hub.Bench.Load;
using Hub.Bench.Report;

namespace Hub.Bench.Hostile;

/// <summary>One shape's measured requests, each with the server CPU time read around it alone.</summary>
public sealed record HostileResult(HostileShape Shape, IReadOnlyList<LoadResult> Measured, long Failures, string? FirstFailure)
{
    public int Requests => Measured.Count;

    public double MeanCpuMs => Measured.Sum(m => m.ServerCpuSeconds) * 1000 / Requests;

    /// <summary>The costliest single request; /proc counts in ticks of 10 ms, so one request reads as 0, 10, 20 … ms.</summary>
    public double MaxCpuMs => Measured.Max(m => m.ServerCpuSeconds) * 1000;

    /// <summary>Bytes of the first measured answer's body (all answers to one shape are alike).</summary>
    public long AnswerBytes => Measured[0].Bytes;

    public double WallP50Ms => Combined().Latency.PercentileMs(50);

    public double WallMaxMs => Combined().Latency.MaxMicroseconds / 1000;

    private LoadResult Combined() => Measured.Aggregate(LoadResult.Combine);
}

/// <summary>Everything one `--hostile` run measured, for bench/RESULTS-hostile.md.</summary>
public sealed record HostileReport(BenchOptions Options, string Command, MachineInfo Machine, DateTimeOffset Started, TimeSpan Took, string LoadAfter,
    (double Before, double After) IdleCpuMsPerSecond, IReadOnlyList<HostileResult> Results);
