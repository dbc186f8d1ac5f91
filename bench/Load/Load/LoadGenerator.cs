using System.Diagnostics;
using System.Net;

namespace Hub.Bench.Load;

/// <summary>
/// A closed-loop load generator: N workers, each with its own keep-alive connection, send the next request as soon as
/// the previous answer has been read, until the time or the request budget runs out. Every answer is read in full and
/// checked (by default: status 200, no GraphQL "errors"); latency is measured from send to last byte.
/// </summary>
public static class LoadGenerator
{
    public static HttpClient Client(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <param name="request">Builds request number i of worker w.</param>
    /// <param name="accept">Whether an answer (status and body) is the one expected; by default, 200 without GraphQL errors.</param>
    public static async Task<LoadResult> RunAsync(HttpClient client, Func<int, long, HttpRequestMessage> request, int connections,
        TimeSpan duration, long maxRequests, CancellationToken cancellationToken = default, Func<HttpStatusCode, byte[], bool>? accept = null)
    {
        accept ??= IsSuccess;
        long issued = 0;
        var stopwatch = Stopwatch.StartNew();
        var deadline = duration;
        var workers = Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
        {
            var result = new WorkerResult();
            for (long i = 0; stopwatch.Elapsed < deadline && Interlocked.Increment(ref issued) <= maxRequests; i++)
            {
                using var message = request(w, i);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    result.Latency.Record(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    result.Bytes += body.Length;
                    if (!accept(response.StatusCode, body)) result.Failed(response.StatusCode, body);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    result.Latency.Record(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    result.Failed(null, System.Text.Encoding.UTF8.GetBytes(e.Message));
                }
            }
            return result;
        }, cancellationToken)).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = stopwatch.Elapsed;
        var latency = new LatencyHistogram();
        foreach (var r in results) latency.Add(r.Latency);
        return new LoadResult(latency, elapsed, results.Sum(r => r.Errors), results.Sum(r => r.Bytes),
            results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    private static readonly byte[] ErrorsKey = "\"errors\""u8.ToArray();

    private static bool IsSuccess(HttpStatusCode status, byte[] body) => status == HttpStatusCode.OK && body.AsSpan().IndexOf(ErrorsKey) < 0;

    private sealed class WorkerResult
    {
        public LatencyHistogram Latency { get; } = new();
        public long Errors { get; private set; }
        public long Bytes { get; set; }
        public string? FirstError { get; private set; }

        public void Failed(HttpStatusCode? status, byte[] body)
        {
            Errors++;
            FirstError ??= $"{(status is { } s ? (int)s : "no response")}: {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(300, body.Length)))}";
        }
    }
}

/// <summary>One measurement: how many requests finished in how long, and how fast.</summary>
public sealed record LoadResult(LatencyHistogram Latency, TimeSpan Elapsed, long Errors, long Bytes, string? FirstError)
{
    public long Requests => Latency.Count;

    public double Throughput => Requests / Elapsed.TotalSeconds;

    /// <summary>CPU time the server used during the measurement (set by the caller, which knows the server).</summary>
    public double ServerCpuSeconds { get; init; }

    /// <summary>CPU time the load generator (this process) used during the measurement.</summary>
    public double ClientCpuSeconds { get; init; }

    /// <summary>The server's CPU milliseconds per request: its cost, independent of other load on the machine.</summary>
    public double CpuMsPerRequest => Requests == 0 ? double.NaN : ServerCpuSeconds * 1000 / Requests;

    /// <summary>
    /// Requests per second the machine's cores could serve if nothing else ran: cores divided by the CPU one request costs
    /// the server and the load generator together. An estimate for reading results taken on a busy machine.
    /// </summary>
    public double IdleMachineThroughput(int cores) => Requests == 0 ? double.NaN : cores * Requests / (ServerCpuSeconds + ClientCpuSeconds);

    public static LoadResult Combine(LoadResult a, LoadResult b)
    {
        var latency = new LatencyHistogram();
        latency.Add(a.Latency);
        latency.Add(b.Latency);
        return new LoadResult(latency, a.Elapsed + b.Elapsed, a.Errors + b.Errors, a.Bytes + b.Bytes, a.FirstError ?? b.FirstError)
        {
            ServerCpuSeconds = a.ServerCpuSeconds + b.ServerCpuSeconds,
            ClientCpuSeconds = a.ClientCpuSeconds + b.ClientCpuSeconds,
        };
    }
}
