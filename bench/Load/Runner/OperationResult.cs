using Hub.Bench.Load;
using Hub.Bench.Operations;

namespace Hub.Bench.Runner;

/// <summary>An operation measured on the Hub and, where it has one, on the baseline, in the same session.</summary>
public sealed record OperationResult(Operation Operation, LoadResult GraphQL, LoadResult? Baseline, string? BaselineStatements,
    string JsonCheck, int GraphQLBytes, int BaselineBytes)
{
    public double? Ratio => Baseline is { Throughput: > 0 } baseline ? GraphQL.Throughput / baseline.Throughput : null;

    /// <summary>Baseline CPU per request over GraphQL's: the throughput ratio the Hub would reach on an otherwise idle machine.</summary>
    public double? CpuRatio => Baseline is { } baseline ? baseline.CpuMsPerRequest / GraphQL.CpuMsPerRequest : null;
}

/// <summary>Resident memory of the Hub sampled once a second during the mixed-operation run.</summary>
public sealed record MemoryRun(IReadOnlyList<(double Seconds, double MiB)> Samples, LoadResult Load, double IdleMiB, string Mix)
{
    /// <summary>The same mix just before, sampled but not judged.</summary>
    public MemoryRun? WarmUp { get; init; }

    public double Start => Samples[0].MiB;
    public double End => Samples[^1].MiB;
    public double Max => Samples.Max(s => s.MiB);

    /// <summary>Least-squares slope in MiB per minute over the samples from <paramref name="fromShare"/> of the run on.</summary>
    public double SlopePerMinute(double fromShare)
    {
        var points = Samples.Skip((int)(Samples.Count * fromShare)).ToList();
        if (points.Count < 2) return double.NaN;
        var meanX = points.Average(p => p.Seconds);
        var meanY = points.Average(p => p.MiB);
        var covariance = points.Sum(p => (p.Seconds - meanX) * (p.MiB - meanY));
        var variance = points.Sum(p => (p.Seconds - meanX) * (p.Seconds - meanX));
        return variance == 0 ? 0 : covariance / variance * 60;
    }
}

/// <summary>The list and search operations at one inventory size.</summary>
public sealed record ScalePoint(int Materials, int Interventions, IReadOnlyDictionary<string, OperationResult> Operations);
