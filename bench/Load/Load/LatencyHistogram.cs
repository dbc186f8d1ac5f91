namespace Hub.Bench.Load;

/// <summary>
/// Latencies in logarithmic buckets 1 % wide (from 1 µs to over an hour): fixed memory however many requests
/// are recorded, and percentiles accurate to 1 %.
/// </summary>
public sealed class LatencyHistogram
{
    private const double Growth = 1.01;
    private static readonly double LogGrowth = Math.Log(Growth);
    private readonly long[] _counts = new long[2_400];

    public long Count { get; private set; }

    public double MaxMicroseconds { get; private set; }

    public void Record(double microseconds)
    {
        var value = Math.Max(1, microseconds);
        var bucket = Math.Min(_counts.Length - 1, (int)(Math.Log(value) / LogGrowth));
        _counts[bucket]++;
        Count++;
        MaxMicroseconds = Math.Max(MaxMicroseconds, microseconds);
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++) _counts[i] += other._counts[i];
        Count += other.Count;
        MaxMicroseconds = Math.Max(MaxMicroseconds, other.MaxMicroseconds);
    }

    /// <summary>The latency below which the given share of requests finished, in milliseconds (upper edge of its bucket).</summary>
    public double PercentileMs(double percentile)
    {
        if (Count == 0) return double.NaN;
        var rank = (long)Math.Ceiling(percentile / 100 * Count);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank) return Math.Min(Math.Pow(Growth, i + 1), MaxMicroseconds) / 1000;
        }
        return MaxMicroseconds / 1000;
    }
}
