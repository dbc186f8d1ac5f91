using Google.OrTools.LinearSolver;
using Hub.Statistics;
using Hub.Statistics.Disclosure;

namespace Hub.Tests.Statistics.Disclosure;

/// <summary>What the attacker can say about one suppressed cell.</summary>
internal sealed record CellRange(int Table, string Cell, CellStatus Status, double Minimum, double Maximum)
{
    public double Width => Maximum - Minimum;
}

/// <summary>The auditor's verdict: every suppressed cell's range, and what is wrong, if anything.</summary>
internal sealed record AuditReport(IReadOnlyList<CellRange> Ranges, IReadOnlyList<string> Problems)
{
    public bool IsSafe => Problems.Count == 0;

    public override string ToString() => IsSafe ? "safe" : string.Join(Environment.NewLine, Problems);
}

/// <summary>
/// An attacker with a linear-programming solver. It sees only what is published — coordinates, shown
/// counts and statuses — knows the rule (a primary cell holds 1..threshold-1, zeros are shown as 0, a
/// secondary cell holds at least 0) and that linked tables count the same people, and computes for
/// every suppressed cell the smallest and largest value consistent with all of it.
/// </summary>
/// <remarks>
/// It shares no code with the suppression on purpose: it rebuilds every sum from the coordinate codes,
/// so a bug in how the suppression models the table cannot hide itself here.
/// </remarks>
internal static class DisclosureAuditor
{
    private const string Total = "_T";
    private const double Tolerance = 1e-6;

    /// <param name="tables">The published tables; several are audited as linked tables.</param>
    /// <param name="threshold">The threshold the tables were protected with.</param>
    /// <param name="secondaryAtLeastThreshold">
    /// A stronger attacker who also reasons that a secondary inner cell is neither zero nor small, so at
    /// least the threshold. Off by default: the Hub's rule promises protection against the weaker one.
    /// </param>
    public static AuditReport Audit(IReadOnlyList<ProtectedTable> tables, int threshold, bool secondaryAtLeastThreshold = false)
    {
        var problems = new List<string>();
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var sums = tables.Select((table, t) => CellSums(table, t, threshold, secondaryAtLeastThreshold, solver, problems)).ToList();

        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var (cell, sum) in tables[t].Cells.Zip(sums[t]))
            {
                if (cell.Status.IsSuppressed() || IsInner(cell)) continue;
                var constraint = solver.MakeConstraint(cell.Count!.Value - sum.Constant, cell.Count!.Value - sum.Constant);
                foreach (var variable in sum.Variables) constraint.SetCoefficient(variable, 1);
            }
        }
        LinkTables(tables, sums, solver, problems);

        var ranges = new List<CellRange>();
        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var (cell, sum) in tables[t].Cells.Zip(sums[t]))
            {
                if (!cell.Status.IsSuppressed()) continue;
                var range = new CellRange(t, Describe(cell), cell.Status,
                    Optimise(solver, sum, maximise: false, problems), Optimise(solver, sum, maximise: true, problems));
                ranges.Add(range);
                if (range.Width < Tolerance)
                {
                    problems.Add($"Table {t} cell {range.Cell} ({cell.Status}) is pinned to {range.Minimum}.");
                }
            }
        }
        return new AuditReport(ranges, problems);
    }

    private sealed record LinearSum(long Constant, List<Variable> Variables);

    /// <summary>Every cell of the table as a constant plus a sum of unknown inner cells.</summary>
    private static List<LinearSum> CellSums(ProtectedTable table, int t, int threshold, bool strict, Solver solver, List<string> problems)
    {
        CheckShape(table, t, problems);
        var inner = new List<(ProtectedCell Cell, long Constant, Variable? Unknown)>();
        foreach (var cell in table.Cells.Where(IsInner))
        {
            CheckStatus(cell, t, threshold, problems);
            var unknown = cell.Status switch
            {
                CellStatus.PrimarySuppressed => solver.MakeNumVar(1, threshold - 1, Describe(cell)),
                CellStatus.SecondarySuppressed => solver.MakeNumVar(strict ? threshold : 0, double.PositiveInfinity, Describe(cell)),
                _ => null,
            };
            inner.Add((cell, unknown is null ? cell.Count ?? 0 : 0, unknown));
        }

        var sums = new List<LinearSum>();
        foreach (var cell in table.Cells)
        {
            if (!IsInner(cell)) CheckStatus(cell, t, threshold, problems);
            var members = inner.Where(i => Contains(cell, i.Cell)).ToList();
            var sum = new LinearSum(members.Sum(m => m.Constant), [.. members.Where(m => m.Unknown is not null).Select(m => m.Unknown!)]);
            if (!cell.Status.IsSuppressed() && sum.Variables.Count == 0 && sum.Constant != cell.Count)
            {
                problems.Add($"Table {t} cell {Describe(cell)} shows {cell.Count} but its shown inner cells add up to {sum.Constant}.");
            }
            sums.Add(sum);
        }
        return sums;
    }

    /// <summary>Cells that mean the same in several tables hold the same number, shown or not.</summary>
    private static void LinkTables(IReadOnlyList<ProtectedTable> tables, List<List<LinearSum>> sums, Solver solver, List<string> problems)
    {
        var byMeaning = new Dictionary<string, List<(int Table, int Index)>>();
        for (var t = 0; t < tables.Count; t++)
        {
            for (var i = 0; i < tables[t].Cells.Count; i++)
            {
                var key = Meaning(tables[t], tables[t].Cells[i]);
                if (!byMeaning.TryGetValue(key, out var list)) byMeaning[key] = list = [];
                list.Add((t, i));
            }
        }
        foreach (var (key, members) in byMeaning.Where(m => m.Value.Count > 1))
        {
            var (firstTable, firstIndex) = members[0];
            var first = tables[firstTable].Cells[firstIndex];
            foreach (var (table, index) in members.Skip(1))
            {
                var other = tables[table].Cells[index];
                if (other.Status != first.Status || other.Count != first.Count)
                {
                    problems.Add($"Linked cell {key} is {first.Status} {first.Count} in table {firstTable} but {other.Status} {other.Count} in table {table}.");
                }
                var a = sums[firstTable][firstIndex];
                var b = sums[table][index];
                var constraint = solver.MakeConstraint(b.Constant - a.Constant, b.Constant - a.Constant);
                foreach (var variable in a.Variables) constraint.SetCoefficient(variable, 1);
                foreach (var variable in b.Variables) constraint.SetCoefficient(variable, constraint.GetCoefficient(variable) - 1);
            }
        }
    }

    private static double Optimise(Solver solver, LinearSum sum, bool maximise, List<string> problems)
    {
        var objective = solver.Objective();
        objective.Clear();
        foreach (var variable in sum.Variables) objective.SetCoefficient(variable, 1);
        objective.SetOffset(sum.Constant);
        if (maximise) objective.SetMaximization();
        else objective.SetMinimization();
        switch (solver.Solve())
        {
            case Solver.ResultStatus.OPTIMAL:
                return objective.Value();
            case Solver.ResultStatus.UNBOUNDED:
                return maximise ? double.PositiveInfinity : double.NegativeInfinity;
            case var status:
                problems.Add($"The published values admit no table (solver: {status}).");
                return double.NaN;
        }
    }

    private static void CheckShape(ProtectedTable table, int t, List<string> problems)
    {
        var expected = table.Dimensions.Aggregate(1, (product, d) => product * (d.Categories.Count + 1));
        var distinct = table.Cells.Select(Describe).Distinct().Count();
        if (table.Cells.Count != expected || distinct != expected)
        {
            problems.Add($"Table {t} has {table.Cells.Count} cells ({distinct} distinct) instead of every one of the {expected} combinations.");
        }
    }

    private static void CheckStatus(ProtectedCell cell, int t, int threshold, List<string> problems)
    {
        var consistent = cell.Status switch
        {
            CellStatus.Zero => cell.Count == 0,
            CellStatus.Published => cell.Count >= threshold,
            _ => cell.Count is null && cell.Population is null,
        };
        if (!consistent) problems.Add($"Table {t} cell {Describe(cell)} has status {cell.Status} with count {cell.Count}.");
    }

    private static bool IsInner(ProtectedCell cell) => !cell.Coordinates.Contains(Total);

    private static bool Contains(ProtectedCell outer, ProtectedCell inner) =>
        outer.Coordinates.Zip(inner.Coordinates).All(p => p.First == Total || p.First == p.Second);

    private static string Describe(ProtectedCell cell) => $"({string.Join(", ", cell.Coordinates)})";

    private static string Meaning(ProtectedTable table, ProtectedCell cell) => string.Join(" ", table.Dimensions
        .Select((d, i) => (Dimension: d.Code, Category: cell.Coordinates[i]))
        .Where(p => p.Category != Total)
        .Select(p => $"{p.Dimension}={p.Category}")
        .Order(StringComparer.Ordinal));
}
