using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Hub.Data;

namespace Hub.GraphQL.Transport;

/// <summary>
/// The rate limit when several Hub instances share one database: each partition (an organisation, or an address when
/// anonymous) may make its permits per one-minute window across all instances together, counted in the database's
/// shared counts (<see cref="IRateCounts"/>).
/// </summary>
/// <remarks>
/// <para>Asking the database on every request would put a round trip on the read path. Instead an instance admits a
/// request on its own while the partition is clearly under the limit (its last known shared count plus what it has
/// admitted since is at most a quarter of the permits) and reports what it admitted in one batched statement every
/// quarter second. Above that, each request adds itself to the shared count and waits for the answer, so the limit
/// itself is decided on the shared count. A partition can therefore overshoot the limit by at most a quarter of the
/// permits per instance, and only within one reporting interval.</para>
/// <para>When the database cannot be reached, the instance falls back to deciding alone on what it knows (its own
/// admissions plus the last shared count) rather than refusing every caller; the failure is logged.</para>
/// </remarks>
public sealed class SharedWindowRateLimiter : PartitionedRateLimiter<HttpContext>
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ReportInterval = TimeSpan.FromMilliseconds(250);

    private readonly IRateCounts _counts;
    private readonly Func<HttpContext, RatePartition> _partitionOf;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, PartitionState> _partitions = new(StringComparer.Ordinal);
    private readonly ITimer _reporter;
    private int _reporting;

    public SharedWindowRateLimiter(IRateCounts counts, Func<HttpContext, RatePartition> partitionOf, TimeProvider time, ILogger logger)
    {
        _counts = counts;
        _partitionOf = partitionOf;
        _time = time;
        _logger = logger;
        _reporter = time.CreateTimer(_ => _ = ReportAsync(), null, ReportInterval, ReportInterval);
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        var (key, permits) = _partitionOf(resource);
        var state = _partitions.GetOrAdd(key, static _ => new PartitionState());
        var window = CurrentWindow();
        lock (state)
        {
            state.MoveTo(window);
            if (state.Shared + state.Pending + permitCount > Math.Max(1, permits / 4)) return Lease.Undecided;
            state.Pending += permitCount;
            return Lease.Admitted;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        var (key, permits) = _partitionOf(resource);
        var state = _partitions.GetOrAdd(key, static _ => new PartitionState());
        var window = CurrentWindow();
        int add;
        lock (state)
        {
            state.MoveTo(window);
            if (state.Shared >= permits) return Refused(window); // already over: no need to ask
            add = state.Pending + permitCount;
            state.Pending = 0;
        }
        long total;
        try
        {
            total = (await _counts.AddAsync(window, new Dictionary<string, int> { [key] = add }, cancellationToken))[key];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "The shared rate-limit counts could not be reached; deciding on this instance's own counts.");
            lock (state)
            {
                state.Pending += add;
                return state.Shared + state.Pending > permits ? Refused(window) : Lease.Admitted;
            }
        }
        lock (state)
        {
            if (state.Window == window) state.Shared = Math.Max(state.Shared, total);
        }
        return total > permits ? Refused(window) : Lease.Admitted;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _reporter.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Adds what this instance admitted on its own since the last report, and learns the shared totals.</summary>
    private async Task ReportAsync()
    {
        if (Interlocked.Exchange(ref _reporting, 1) == 1) return; // the previous report is still on its way
        var window = CurrentWindow();
        var batch = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            foreach (var (key, state) in _partitions)
            {
                lock (state)
                {
                    if (state.Window != window)
                    {
                        _partitions.TryRemove(new KeyValuePair<string, PartitionState>(key, state)); // idle since an earlier window
                        continue;
                    }
                    if (state.Pending == 0) continue;
                    batch[key] = state.Pending;
                    state.Pending = 0;
                }
            }
            if (batch.Count == 0) return;
            var totals = await _counts.AddAsync(window, batch, CancellationToken.None);
            foreach (var (key, total) in totals)
            {
                if (!_partitions.TryGetValue(key, out var state)) continue;
                lock (state)
                {
                    if (state.Window == window) state.Shared = Math.Max(state.Shared, total);
                }
            }
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Reporting {Count} partitions' request counts to the shared rate-limit counts failed; they are added to the next report.", batch.Count);
            foreach (var (key, count) in batch)
            {
                var state = _partitions.GetOrAdd(key, static _ => new PartitionState());
                lock (state)
                {
                    if (state.Window == window) state.Pending += count;
                }
            }
        }
        finally
        {
            Volatile.Write(ref _reporting, 0);
        }
    }

    private long CurrentWindow() => _time.GetUtcNow().ToUnixTimeSeconds() / (long)Window.TotalSeconds;

    private RateLimitLease Refused(long window)
    {
        var end = DateTimeOffset.FromUnixTimeSeconds((window + 1) * (long)Window.TotalSeconds);
        return new Lease(false, end - _time.GetUtcNow());
    }

    private sealed class PartitionState
    {
        public long Window;
        public long Shared;
        public int Pending;

        public void MoveTo(long window)
        {
            if (Window == window) return;
            Window = window;
            Shared = 0;
            Pending = 0;
        }
    }

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Admitted = new(true, null);
        public static readonly Lease Undecided = new(false, null);

        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}

/// <summary>Whose requests count together, and how many they may make per minute.</summary>
public readonly record struct RatePartition(string Key, int PermitsPerMinute);
