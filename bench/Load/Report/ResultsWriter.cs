using System.Globalization;
using System.Text;
using Hub.Bench.Load;
using Hub.Bench.Runner;

namespace Hub.Bench.Report;

/// <summary>
/// Writes bench/RESULTS.md from one run. A hand-written analysis below <see cref="NotesMarker"/> in the existing file
/// is kept, so re-running the bench refreshes the numbers without losing the reading of them.
/// </summary>
public static class ResultsWriter
{
    public const string NotesMarker = "<!-- analysis: kept across runs -->";
    private const double RatioTarget = 0.8;
    private const double P95TargetMs = 25;

    /// <summary>The title, when and how long, and the command that made the report.</summary>
    public static void Header(StringBuilder md, string title, DateTimeOffset started, TimeSpan took, string command)
    {
        md.AppendLine(title);
        md.AppendLine();
        md.AppendLine($"Measured {started:yyyy-MM-dd HH:mm} (UTC{started:zzz}, the machine clock), {took.TotalMinutes:F1} minutes, with:");
        md.AppendLine();
        md.AppendLine("```");
        md.AppendLine(command);
        md.AppendLine("```");
        md.AppendLine();
    }

    public static string Write(BenchReport r, string? previous = null)
    {
        var md = new StringBuilder();
        var o = r.Options;
        Header(md, "# Load benchmark: the Hub against a plain ASP.NET Core baseline (issue 8)", r.Started, r.Took, r.Command);
        Machine(md, r.Machine, r.LoadAfter, "server GC in both servers");
        var inv = r.Inventory;
        md.AppendLine($"Inventory (generated through the Hub's migrations, FTS triggers on): {inv.Materials:N0} materials ({inv.MaterialCodes:N0} code rows), " +
            $"{inv.Interventions:N0} interventions ({inv.InterventionCodes:N0} code rows, {inv.Partners:N0} partner rows), {inv.Organisations} organisations, " +
            $"{inv.Datasets} statistics datasets ({inv.Cells:N0} cells), {inv.SearchRows:N0} rows in the search index. Half of the items are public.");
        md.AppendLine();
        md.AppendLine($"Load: {o.Connections} concurrent keep-alive connections, closed loop (each sends its next request when the answer is read), " +
            $"{o.WarmUp:0.#} s warm-up per server, then {o.Duration:0.#} s per server measured in two halves interleaved Hub-baseline-baseline-Hub; " +
            $"at most {o.MaxRequests:N0} requests per measurement. The load generator runs on the same 2 cores as the servers (both sides alike). " +
            "Callers are anonymous unless stated. Latency is from sending the request to reading the last byte. " +
            (o.ResultCache
                ? "The Hub runs with its default configuration, so it answers a repeated anonymous query from its result cache (kept until the database changes); each operation cycles through a few variants, so after the first round nearly every Hub request is a cache hit, while the baseline runs every request."
                : "The Hub's result cache is off (`--result-cache off`): every request runs, as in the baseline."));
        md.AppendLine();
        Targets(md, r);
        Operations(md, r);
        Memory(md, r);
        Scale(md, r);
        KeepNotes(md, previous);
        return md.ToString();
    }

    /// <summary>What the numbers were measured on, with the load average before and after (other work shares the cores).</summary>
    public static void Machine(StringBuilder md, MachineInfo machine, string loadAfter, string gc)
    {
        md.AppendLine("| machine | |");
        md.AppendLine("|---|---|");
        md.AppendLine($"| CPU | {machine.Cpu}, {machine.Cores} cores |");
        md.AppendLine($"| memory | {machine.MemoryGiB:F1} GiB |");
        md.AppendLine($"| OS | {machine.Os} |");
        md.AppendLine($"| .NET | {machine.Runtime}, SDK {machine.Sdk}; {gc} |");
        md.AppendLine($"| load average (1/5/15 min) | {machine.LoadAverage} before, {loadAfter} after (other work on the machine shares the {machine.Cores} cores) |");
        md.AppendLine();
    }

    /// <summary>Appends the marker and the hand-written reading found below it in the previous file.</summary>
    public static void KeepNotes(StringBuilder md, string? previous)
    {
        md.AppendLine();
        md.AppendLine(NotesMarker);
        var notes = previous is not null && previous.IndexOf(NotesMarker, StringComparison.Ordinal) is var at and >= 0
            ? previous[(at + NotesMarker.Length)..].TrimStart('\r', '\n')
            : "";
        md.Append(notes);
    }

    private static void Targets(StringBuilder md, BenchReport r)
    {
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine("| target | measured | met |");
        md.AppendLine("|---|---|---|");
        foreach (var op in r.Operations.Where(x => x.Operation.IsList))
            md.AppendLine($"| GraphQL throughput ≥ {RatioTarget}× baseline: {op.Operation.Key} | {op.Ratio:F2}× ({op.GraphQL.Throughput:F0} vs {op.Baseline!.Throughput:F0} req/s); " +
                $"by server CPU per request {op.CpuRatio:F3}× | {Verdict(op.Ratio >= RatioTarget, op.CpuRatio >= RatioTarget)} |");
        foreach (var op in r.Operations)
        {
            var p95 = op.GraphQL.Latency.PercentileMs(95);
            md.AppendLine($"| p95 < {P95TargetMs} ms at {r.Options.Connections} connections: {op.Operation.Key} | {p95:F1} ms | {Mark(p95 < P95TargetMs)} |");
        }
        md.AppendLine(r.CompareField is null
            ? "| dataset `compare` | not in the served schema when this ran: **not measured** | – |"
            : $"| dataset `compare` ({r.CompareField}) | see (e) below | – |");
        if (r.Memory is { } m)
            md.AppendLine($"| memory flat over {r.Options.Soak:0} s of mixed operations (after {r.Options.SoakWarmUp:0} s warm-up) | Hub RSS {m.Start:F0} → {m.End:F0} MiB (max {m.Max:F0}), " +
                $"slope {m.SlopePerMinute(0):+0.0;-0.0} MiB/min{(r.BaselineMemory is { } b ? $"; baseline {b.Start:F0} → {b.End:F0} MiB, {b.SlopePerMinute(0):+0.0;-0.0} MiB/min" : "")} | {Mark(IsFlat(m))} |");
        else
            md.AppendLine("| memory flat over a 2-minute run | not run (add `--soak 120`) | – |");
        md.AppendLine();
    }

    private static void Operations(StringBuilder md, BenchReport r)
    {
        md.AppendLine($"## Operations ({r.Options.Connections} connections)");
        md.AppendLine();
        md.AppendLine("Server CPU ms/request is the server process's own CPU time (user + system, /proc/PID/stat) divided by the requests it answered: " +
            "its cost per request, which other load on the machine hardly changes. The idle-machine estimate is the cores divided by the CPU a request " +
            "costs server and load generator together. SQL statements: what the baseline sent for one request (the Hub's loaders send the same " +
            "statements; the Hub shows its count only in Development).");
        md.AppendLine();
        foreach (var op in r.Operations.Append(r.Typename).OfType<OperationResult>())
        {
            md.AppendLine($"### {op.Operation.Title}");
            md.AppendLine();
            md.AppendLine("| server | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/request | load generator CPU ms/request | req/s if the 2 cores were idle (est.) | requests | errors | bytes/response |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            md.AppendLine(Row("Hub (GraphQL)", op.GraphQL, op.GraphQLBytes, r.Machine.Cores));
            if (op.Baseline is { } b) md.AppendLine(Row("baseline", b, op.BaselineBytes, r.Machine.Cores));
            md.AppendLine();
            if (op.Baseline is not null)
                md.AppendLine($"GraphQL / baseline: throughput **{op.Ratio:F2}×**, CPU per request {1 / op.CpuRatio:F2}× the baseline's. " +
                    $"SQL statements per request: {op.BaselineStatements ?? "?"}. Same data: {op.JsonCheck}.");
            if (op.GraphQL.FirstError is { } error) md.AppendLine($"First error: `{Short(error)}`");
            md.AppendLine();
        }
        if (r.Authenticated is { } a)
        {
            var anonymous = r.Operations.First(x => x.Operation.Key == "materials").GraphQL;
            md.AppendLine("### (a) again, as an AF reader with a bearer token (Hub only)");
            md.AppendLine();
            md.AppendLine("| server | req/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms/request | requests | errors |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            md.AppendLine($"| Hub, token of AF | {a.Throughput:F0} | {P(a, 50)} | {P(a, 95)} | {P(a, 99)} | {a.Latency.MaxMicroseconds / 1000:F1} | {a.CpuMsPerRequest:F2} | {a.Requests} | {a.Errors} |");
            md.AppendLine();
            md.AppendLine($"{a.Throughput / anonymous.Throughput:F2}× the anonymous throughput of (a), {a.CpuMsPerRequest / anonymous.CpuMsPerRequest:F2}× its CPU per request: " +
                "validating the token (ES256), resolving the organisation on every request, and an AF reader sees more (agency-only items too).");
            md.AppendLine();
        }
        if (r.CompareField is null)
        {
            md.AppendLine("### (e) dataset `compare`");
            md.AppendLine();
            md.AppendLine("Not measured: the served schema has no `compare` field yet (issue 6). The bench looks for it at every run.");
            md.AppendLine();
        }
    }

    private static void Memory(StringBuilder md, BenchReport r)
    {
        md.AppendLine("## Memory");
        md.AppendLine();
        if (r.Memory is not { } m)
        {
            md.AppendLine($"Not run in this session (the 2-minute run is `--soak 120`). Hub RSS when idle after start-up: {r.HubIdleMiB:F0} MiB.");
            md.AppendLine();
            return;
        }
        md.AppendLine($"Resident set (VmRSS from /proc) sampled every second during {r.Options.Soak:0} s of mixed operations ({m.Mix}), " +
            $"{r.Options.Connections} connections, right after the measurements above: first the Hub, then the baseline with the same mix " +
            "(growth in both belongs to the runtime, EF Core or SQLite, not to the GraphQL layer). Each run follows " +
            $"{r.Options.SoakWarmUp:0} s of the same mix, sampled but not judged: both servers' memory grows to its working size in the first " +
            "minute or so (server GC heaps, SQLite's page cache per pooled connection); a leak would keep growing after it.");
        md.AppendLine();
        md.AppendLine("| server | idle after start | warm-up: start → end | requests | req/s | start of run | end of run | max | slope, whole run | slope, second half |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, run) in new[] { ("Hub", m), ("baseline", r.BaselineMemory) })
            if (run is not null)
                md.AppendLine($"| {name} | {run.IdleMiB:F0} MiB | {(run.WarmUp is { } w ? $"{w.Start:F0} → {w.End:F0} MiB" : "–")} | {run.Load.Requests:N0} ({run.Load.Errors} errors) | " +
                    $"{run.Load.Throughput:F0} | {run.Start:F0} MiB | {run.End:F0} MiB | {run.Max:F0} MiB | {run.SlopePerMinute(0):+0.0;-0.0} MiB/min | {run.SlopePerMinute(0.5):+0.0;-0.0} MiB/min |");
        md.AppendLine();
        foreach (var (name, run) in new[] { ("Hub", m), ("Baseline", r.BaselineMemory) })
        {
            if (run is null) continue;
            var every = Math.Max(1, run.Samples.Count / 12);
            md.AppendLine($"{name} samples (s: MiB): " + string.Join(", ", run.Samples.Where((_, i) => i % every == 0 || i == run.Samples.Count - 1)
                .Select(x => $"{x.Seconds:F0}: {x.MiB:F0}")) + ".");
            md.AppendLine();
        }
    }

    private static void Scale(StringBuilder md, BenchReport r)
    {
        md.AppendLine("## Scaling: p95 from small to large inventories");
        md.AppendLine();
        if (r.Scale.Count < 2)
        {
            md.AppendLine("Not run (`--scale none`).");
            md.AppendLine();
            return;
        }
        md.AppendLine($"All sizes' servers up at once and measured in turns ({r.Options.ScaleDuration:0.#} s per server, size and operation, in two halves: " +
            "sizes forwards then backwards), so a change in the machine's load cannot pass for an effect of size. Interventions are a fifth of the materials.");
        md.AppendLine();
        md.AppendLine("| operation | materials | interventions | Hub p95 ms | Hub req/s | Hub CPU ms/req | baseline p95 ms | baseline req/s | baseline CPU ms/req | ratio | same data |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var key in r.Scale[0].Operations.Keys.Order(StringComparer.Ordinal))
            foreach (var point in r.Scale.OrderBy(p => p.Materials))
                if (point.Operations.TryGetValue(key, out var op) && op.Baseline is { } b)
                    md.AppendLine($"| {key} | {point.Materials:N0} | {point.Interventions:N0} | {P(op.GraphQL, 95)} | {op.GraphQL.Throughput:F0} | {op.GraphQL.CpuMsPerRequest:F2} | " +
                        $"{P(b, 95)} | {b.Throughput:F0} | {b.CpuMsPerRequest:F2} | {op.Ratio:F2} | {(op.JsonCheck.StartsWith("identical", StringComparison.Ordinal) ? "yes" : op.JsonCheck)} |");
        md.AppendLine();
        var small = r.Scale.MinBy(p => p.Materials)!;
        var large = r.Scale.MaxBy(p => p.Materials)!;
        foreach (var key in large.Operations.Keys.Order(StringComparer.Ordinal))
            if (small.Operations.TryGetValue(key, out var s) && large.Operations[key] is { Baseline: { } lb } l && s.Baseline is { } sb)
                md.AppendLine($"- {key}: from {small.Materials:N0} to {large.Materials:N0} materials, Hub p95 ×{l.GraphQL.Latency.PercentileMs(95) / s.GraphQL.Latency.PercentileMs(95):F1}, " +
                    $"Hub CPU per request ×{l.GraphQL.CpuMsPerRequest / s.GraphQL.CpuMsPerRequest:F1} (baseline p95 ×{lb.Latency.PercentileMs(95) / sb.Latency.PercentileMs(95):F1}, " +
                    $"CPU ×{lb.CpuMsPerRequest / sb.CpuMsPerRequest:F1}).");
        md.AppendLine();
    }

    /// <summary>Flat: over the judged run, growth of at most 2 % of the starting size (at least 2 MiB) per minute.</summary>
    private static bool IsFlat(MemoryRun m) => m.SlopePerMinute(0) <= Math.Max(2, m.Start * 0.02);

    private static string Row(string name, LoadResult x, int bytes, int cores) =>
        $"| {name} | {x.Throughput:F0} | {P(x, 50)} | {P(x, 95)} | {P(x, 99)} | {x.Latency.MaxMicroseconds / 1000:F1} | {x.CpuMsPerRequest:F2} | " +
        $"{x.ClientCpuSeconds * 1000 / x.Requests:F2} | {x.IdleMachineThroughput(cores):F0} | {x.Requests} | {x.Errors} | {bytes:N0} |";

    private static string Short(string text) => (text.Length > 200 ? text[..200] + "…" : text).Replace('`', '\'');

    private static string P(LoadResult x, double percentile) => x.Latency.PercentileMs(percentile).ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Throughput measured on a shared machine and CPU per request can disagree; say so rather than pick one.</summary>
    private static string Verdict(bool measured, bool byCpu) => (measured, byCpu) switch
    {
        (true, true) => "yes",
        (false, false) => "**no**",
        (true, false) => "measured yes, by CPU **no**",
        _ => "measured **no**, by CPU yes",
    };

    private static string Mark(bool? met) => met switch { true => "yes", false => "**no**", null => "–" };
}
