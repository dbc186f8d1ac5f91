using System.Globalization;
using System.Text;
using Hub.Bench.Report;
using Hub.Bench.Runner;

namespace Hub.Bench.Hostile;

/// <summary>Writes bench/RESULTS-hostile.md; the reading below the notes marker is kept across runs, as in RESULTS.md.</summary>
public static class HostileReportWriter
{
    /// <summary>Issue 12: no request under the body limit may cost the server more than about this much CPU.</summary>
    public const double BudgetMs = 50;

    public static string Write(HostileReport r, string? previous)
    {
        var md = new StringBuilder();
        ResultsWriter.Header(md, "# Hostile requests: what a refusal costs the Hub (issue 12)", r.Started, r.Took, r.Command);
        ResultsWriter.Machine(md, r.Machine, r.LoadAfter, "server GC in the Hub");
        md.AppendLine($"The real Hub (`{Path.GetRelativePath(ServerPair.RepositoryRoot(), ServerPair.HubDll())}`, built from commit {r.Commit}), Production environment, as a child process on loopback, " +
            "over a small generated inventory (1 000 materials), with the bench's usual settings: rate limits lifted, the development issuer enabled for the " +
            $"token shapes (an AF publisher, the callers allowed the 4 MiB body), result cache {(r.Options.ResultCache ? "on (the Hub's default; refusals are never kept)" : "off")}. " +
            $"All shapes are first sent in {r.Options.HostileWarmUps} rounds to warm up (the JIT recompiles a method optimised after 30 calls; " +
            $"what that costs belongs to no request), then each {r.Options.HostileRequests} times, one request at a time on one keep-alive connection, " +
            "as the tests send it (JSON, `Accept: application/graphql-response+json`). Every answer, warm-ups included, is checked against the expected status and " +
            "`extensions.code` (and no `data`); a run with any other answer fails and writes nothing.");
        md.AppendLine();
        md.AppendLine("Server CPU is the Hub process's user + system time from /proc/PID/stat, read before and after each request alone, so it includes " +
            "everything the process did meanwhile (Kestrel reading the body, the JSON scan, parsing, limits, validation, writing the answer, GC). /proc counts " +
            $"in ticks of 10 ms: one request reads as 0, 10, 20 … ms, so the mean over {r.Options.HostileRequests} is good to about " +
            $"{10.0 / r.Options.HostileRequests:0.#} ms and the costliest single request to 10 ms. Some of the work a request causes comes later (garbage " +
            "collection of its body, the JIT recompiling what it ran), so after each shape the bench waits until a second passes with at most " +
            "30 ms of CPU and charges what the Hub spent meanwhile, less its idle rate, to that shape (\"after\"); the judged cost is the total. " +
            $"The idle Hub used {r.IdleCpuMsPerSecond.Before:F1} ms of CPU per second just before the measurements and {r.IdleCpuMsPerSecond.After:F1} just after " +
            "(timers, background work), which falls inside every window too, in proportion to its wall time. CPU time depends much less than wall " +
            "time on other work on the machine, but not at all is too much to claim: caches and memory bandwidth are shared.");
        md.AppendLine();
        md.AppendLine($"| shape | from | caller | body bytes | answer (every request checked) | answer bytes | server CPU ms/request, in the request (mean of {r.Options.HostileRequests}) | after | **total** | costliest single request, ms | wall ms p50 / max | total ≤ {BudgetMs:0} ms |");
        md.AppendLine("|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var x in r.Results)
            md.AppendLine($"| {x.Shape.Name} | {x.Shape.Source} | {(x.Shape.WithToken ? "token" : "anonymous")} | {x.Shape.BodyBytes:N0} | {x.Shape.Expected} | {x.AnswerBytes:N0} | " +
                $"{F(x.MeanCpuMs)} | {F(x.DeferredCpuMsPerRequest)} | **{F(x.TotalCpuMs)}** | {x.MaxCpuMs:F0} | {F(x.WallP50Ms)} / {F(x.WallMaxMs)} | {(x.TotalCpuMs <= BudgetMs ? "yes" : "**no**")} |");
        md.AppendLine();
        var over = r.Results.Where(x => x.TotalCpuMs > BudgetMs).ToList();
        var worst = r.Results.Where(x => x.Shape.Source != HostileShapes.Normal).MaxBy(x => x.TotalCpuMs)!;
        md.AppendLine(over.Count == 0
            ? $"Every shape cost at most {BudgetMs:0} ms of server CPU per request on average; the dearest was \"{worst.Shape.Name}\" at {F(worst.TotalCpuMs)} ms."
            : $"Over {BudgetMs:0} ms of server CPU per request on average: " + string.Join("; ", over.Select(x => $"\"{x.Shape.Name}\" ({(x.Shape.WithToken ? "token" : "anonymous")}) {F(x.TotalCpuMs)} ms")) + ".");
        var anonymous = r.Results.Where(x => !x.Shape.WithToken && x.Shape.Source != HostileShapes.Normal).MaxBy(x => x.TotalCpuMs)!;
        md.AppendLine($"The dearest anonymous shape: \"{anonymous.Shape.Name}\" at {F(anonymous.TotalCpuMs)} ms.");
        md.AppendLine();
        ResultsWriter.KeepNotes(md, previous);
        return md.ToString();
    }

    private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
