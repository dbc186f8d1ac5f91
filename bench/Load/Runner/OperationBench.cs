using Hub.Bench.Load;
using Hub.Bench.Operations;
using Hub.Bench.Servers;

namespace Hub.Bench.Runner;

/// <summary>
/// Warms up and measures operations on both servers of a pair, interleaved A-B-B-A so that drift in the machine's load
/// hits both alike, and records each server's CPU time per request besides throughput and latency.
/// </summary>
public sealed class OperationBench(ServerPair servers, BenchOptions options)
{
    private readonly HttpClient _hub = LoadGenerator.Client(servers.Hub.Address, options.Connections);
    private readonly HttpClient _baseline = LoadGenerator.Client(servers.Baseline.Address, options.Connections);

    public HttpClient HubClient => _hub;

    public async Task<OperationResult> MeasureAsync(Operation operation, double warmUpSeconds, double seconds)
    {
        var (check, graphQLBytes, baselineBytes) = await CheckSameJsonAsync(operation);
        var baselineStatements = operation.HasBaseline ? await StatementsAsync(_baseline, operation.BaselineVariant(0)) : null;
        Console.WriteLine($"  {operation.Key}: JSON {check}; SQL statements (baseline) {baselineStatements ?? "-"}");
        await WarmUpAsync(operation, warmUpSeconds);
        var half = seconds / 2;
        var graphQL1 = await HubAsync(operation, half);
        LoadResult? baseline = null;
        if (operation.HasBaseline) baseline = LoadResult.Combine(await BaselineAsync(operation, half), await BaselineAsync(operation, half));
        var graphQL = LoadResult.Combine(graphQL1, await HubAsync(operation, half));
        var result = new OperationResult(operation, graphQL, baseline, baselineStatements, check, graphQLBytes, baselineBytes);
        Report(result);
        return result;
    }

    public async Task WarmUpAsync(Operation operation, double seconds)
    {
        await RunAsync(servers.Hub, _hub, operation.GraphQL, seconds);
        if (operation.HasBaseline) await RunAsync(servers.Baseline, _baseline, operation.Baseline, seconds);
    }

    public Task<LoadResult> HubAsync(Operation operation, double seconds) => RunAsync(servers.Hub, _hub, operation.GraphQL, seconds);

    public Task<LoadResult> BaselineAsync(Operation operation, double seconds) => RunAsync(servers.Baseline, _baseline, operation.Baseline, seconds);

    public Task<LoadResult> HubAsync(Func<int, long, HttpRequestMessage> request, double seconds) => RunAsync(servers.Hub, _hub, request, seconds);

    public Task<LoadResult> BaselineAsync(Func<int, long, HttpRequestMessage> request, double seconds) => RunAsync(servers.Baseline, _baseline, request, seconds);

    private Task<LoadResult> RunAsync(ServerProcess server, HttpClient client, Func<int, long, HttpRequestMessage> request, double seconds) =>
        RunAsync(server, client, request, options.Connections, TimeSpan.FromSeconds(seconds), options.MaxRequests);

    /// <summary>Drives one server with the load generator and records the CPU time it and the generator used meanwhile.</summary>
    public static async Task<LoadResult> RunAsync(ServerProcess server, HttpClient client, Func<int, long, HttpRequestMessage> request,
        int connections, TimeSpan duration, long maxRequests, Func<System.Net.HttpStatusCode, byte[], bool>? accept = null)
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var (cpu, clientCpu) = (server.CpuSeconds(), self.TotalProcessorTime);
        var result = await LoadGenerator.RunAsync(client, request, connections, duration, maxRequests, accept: accept);
        self.Refresh();
        return result with { ServerCpuSeconds = server.CpuSeconds() - cpu, ClientCpuSeconds = (self.TotalProcessorTime - clientCpu).TotalSeconds };
    }

    public static void Report(OperationResult result)
    {
        Console.WriteLine($"    GraphQL  {Describe(result.GraphQL)}");
        if (result.Baseline is { } baseline) Console.WriteLine($"    baseline {Describe(baseline)}   ratio {result.Ratio:F2}");
    }

    public static string Describe(LoadResult r) =>
        $"{r.Throughput,8:F0} req/s  p50 {r.Latency.PercentileMs(50),7:F2} ms  p95 {r.Latency.PercentileMs(95),7:F2} ms  p99 {r.Latency.PercentileMs(99),7:F2} ms" +
        $"  CPU {r.CpuMsPerRequest:F2} ms/req  ({r.Requests} requests, {r.Errors} errors{(r.FirstError is { } e ? $": {e}" : "")})";

    /// <summary>Both servers must answer every variant with the same data, or the comparison means nothing.</summary>
    public async Task<(string Check, int GraphQLBytes, int BaselineBytes)> CheckSameJsonAsync(Operation operation)
    {
        if (!operation.HasBaseline) return ("no baseline", 0, 0);
        var checkedVariants = Math.Min(operation.Variants, 8);
        int graphQLBytes = 0, baselineBytes = 0;
        for (var v = 0; v < checkedVariants; v++)
        {
            using var g = await _hub.SendAsync(operation.GraphQLVariant(v));
            using var b = await _baseline.SendAsync(operation.BaselineVariant(v));
            var graphQL = await g.Content.ReadAsStringAsync();
            var baseline = await b.Content.ReadAsStringAsync();
            if (v == 0) (graphQLBytes, baselineBytes) = (System.Text.Encoding.UTF8.GetByteCount(graphQL), System.Text.Encoding.UTF8.GetByteCount(baseline));
            if (!g.IsSuccessStatusCode || !b.IsSuccessStatusCode)
                return ($"DIFFERENT (status {(int)g.StatusCode} / {(int)b.StatusCode}: {Trim(graphQL)} / {Trim(baseline)})", graphQLBytes, baselineBytes);
            if (JsonComparison.FirstDifference(graphQL, baseline) is { } difference)
                return ($"DIFFERENT in variant {v}: {difference}", graphQLBytes, baselineBytes);
        }
        return ($"identical ({checkedVariants} variants checked)", graphQLBytes, baselineBytes);
    }

    private static async Task<string?> StatementsAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            return response.Headers.TryGetValues("X-Hub-Sql-Statements", out var values) ? values.FirstOrDefault() : null;
        }
    }

    private static string Trim(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
