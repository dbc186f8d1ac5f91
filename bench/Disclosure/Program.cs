using System.Diagnostics;
using Disclosure.Bench;
using Hub.Statistics;
using Hub.Statistics.Disclosure;

// Times DisclosureControl.Protect on a five-dimension table of about 20 000 inner cells.
const int seed = 2026;
const int timedRuns = 5;
if (args is ["--dump", var dumpPath])
{
    StatusDump.Write(dumpPath);
    return;
}
var peoplePerQuarter = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 9000;
var table = SyntheticTable.Create(seed, peoplePerQuarter);

var inner = table.Cells.Count;
var zero = table.Cells.Count(c => c.Count == 0);
var small = table.Cells.Count(c => c.Count is > 0 and < DisclosureControl.DefaultThreshold);
Console.WriteLine($"Table: {string.Join(" x ", table.Dimensions.Select(d => $"{d.Code}({d.Categories.Count})"))}");
Console.WriteLine($"Inner cells: {inner}, people: {table.Cells.Sum(c => c.Count)}, zero: {Share(zero, inner)}, 1-4: {Share(small, inner)}");

var warmUp = Stopwatch.StartNew();
var result = DisclosureControl.Protect(table);
Console.WriteLine($"Warm-up run: {warmUp.Elapsed.TotalMilliseconds:F0} ms");

var times = new List<double>();
var cpuTimes = new List<double>();
var process = Process.GetCurrentProcess();
for (var run = 0; run < timedRuns; run++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    result = DisclosureControl.Protect(table);
    times.Add(stopwatch.Elapsed.TotalMilliseconds);
    process.Refresh();
    cpuTimes.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
}
times.Sort();
cpuTimes.Sort();
Console.WriteLine($"Timed runs, wall clock (ms): {string.Join(", ", times.Select(t => t.ToString("F0")))}");
// CPU time is reported too because a shared machine's load inflates wall-clock time.
Console.WriteLine($"Median: {times[timedRuns / 2]:F0} ms wall clock, {cpuTimes[timedRuns / 2]:F0} ms CPU");

var cells = result.Cells;
var marginal = cells.Count(c => c.Coordinates.Contains(DisclosureControl.Total));
Console.WriteLine($"Cells: {cells.Count} ({inner} inner + {marginal} marginal)");
foreach (var status in Enum.GetValues<CellStatus>())
{
    var all = cells.Count(c => c.Status == status);
    var innerOnly = cells.Count(c => c.Status == status && !c.Coordinates.Contains(DisclosureControl.Total));
    Console.WriteLine($"  {status,-20} {Share(all, cells.Count),-22} inner {Share(innerOnly, inner),-22} marginal {Share(all - innerOnly, marginal)}");
}

static string Share(int part, int whole) => $"{part} ({100.0 * part / whole:F1} %)";
