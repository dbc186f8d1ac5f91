using System.Text;
using Hub.Statistics;
using Hub.Statistics.Disclosure;

namespace Disclosure.Bench;

/// <summary>
/// Writes the statuses the protection gives a set of synthetic tables, one line per table, so that a change
/// meant only to make the walk faster can be checked to decide exactly as before (diff two dumps).
/// </summary>
internal static class StatusDump
{
    private static readonly (int Seed, double People, int Threshold)[] Cases =
    [
        (2026, 9000, 5), (2026, 40000, 5), (2026, 2000, 5), (2026, 9000, 3), (2026, 9000, 6),
        (1, 9000, 5), (2, 9000, 5), (3, 20000, 4),
    ];

    public static void Write(string path)
    {
        var lines = new List<string>();
        foreach (var (seed, people, threshold) in Cases)
        {
            var table = DisclosureControl.Protect(SyntheticTable.Create(seed, people), threshold);
            var statuses = new StringBuilder(table.Cells.Count);
            foreach (var cell in table.Cells) statuses.Append((char)('0' + (int)cell.Status));
            lines.Add($"{seed} {people} {threshold} {statuses}");
            Console.WriteLine($"seed {seed}, {people} people per quarter, threshold {threshold}: " +
                $"{table.Cells.Count(c => c.Status == CellStatus.SecondarySuppressed)} secondary suppressed");
        }
        File.WriteAllLines(path, lines);
    }
}
