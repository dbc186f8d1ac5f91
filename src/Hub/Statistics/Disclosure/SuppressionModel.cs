namespace Hub.Statistics.Disclosure;

/// <summary>
/// Joins one or more linked tables into one <see cref="SuppressionProblem"/> and turns its answer
/// back into protected tables. Each table keeps its own unknowns (a block-diagonal model); cells that
/// mean the same thing in several tables (same codes on the dimensions they specify, totals elsewhere)
/// form one group that is published or suppressed as a whole, and the equality of its members is a
/// fact the attacker knows even while the group is suppressed.
/// </summary>
internal sealed class SuppressionModel
{
    private readonly TableLattice[] _tables;
    private readonly int _threshold;
    private readonly List<CellGroup> _groups;
    private readonly int[] _candidateGroups;

    private SuppressionModel(TableLattice[] tables, int threshold, List<CellGroup> groups, int[] candidateGroups,
        SuppressionProblem problem)
    {
        _tables = tables;
        _threshold = threshold;
        _groups = groups;
        _candidateGroups = candidateGroups;
        Problem = problem;
    }

    public SuppressionProblem Problem { get; }

    public static SuppressionModel Build(TableLattice[] tables, int threshold)
    {
        var groups = CellGroups.Find(tables);
        var offsets = new int[tables.Length];
        for (var t = 1; t < tables.Length; t++) offsets[t] = offsets[t - 1] + tables[t - 1].UnknownCount;
        LinearCell Expand(CellMember member) => tables[member.Table].Expand(member.Cell, offsets[member.Table]);
        LinearCell Sparsest(CellGroup group) => group.Members.Select(Expand).MinBy(c => c.Coordinates.Length);
        bool IsInner(CellMember member) => tables[member.Table].IsInner(member.Cell);

        var protectedCells = new List<LinearCell>();
        var bounded = new List<LinearCell>();
        var known = new List<LinearCell>();
        foreach (var group in groups)
        {
            if (group.Count == 0)
            {
                // Zero cells are published; the inner ones imply the marginal ones.
                known.AddRange(group.Members.Where(IsInner).Select(Expand));
                continue;
            }
            if (group.Members.Count > 1) known.AddRange(Equalities(group, Expand));
            if (group.Count >= threshold) continue;
            var inner = group.Members.Where(IsInner).ToList();
            var isBounded = inner.Count > 0 && (group.Count == 1 || group.Count == threshold - 1);
            if (isBounded) bounded.Add(Expand(inner[0]));
            // Independent bounded cells are each outside the published span, unless linked tables'
            // equalities (facts, not choices) tie them; then they are watched like the others.
            if (!isBounded || tables.Length > 1) protectedCells.Add(Sparsest(group));
        }

        var candidateGroups = Enumerable.Range(0, groups.Count)
            .Where(g => groups[g].Count >= threshold)
            .OrderBy(g => groups[g].SpecifiedCount)
            .ThenByDescending(g => groups[g].Count)
            .ThenBy(g => g)
            .ToArray();
        var problem = new SuppressionProblem
        {
            CoordinateCount = offsets[^1] + tables[^1].UnknownCount,
            Protected = [.. protectedCells],
            Bounded = [.. bounded],
            // Single unknowns first: they only delete a row, so the combinations that follow touch fewer rows.
            KnownRelations = [.. known.OrderBy(c => c.Coordinates.Length)],
            Candidates = [.. candidateGroups.Select(g => Sparsest(groups[g]))],
        };
        return new SuppressionModel(tables, threshold, groups, candidateGroups, problem);
    }

    public IReadOnlyList<ProtectedTable> Publish(bool[] secondary)
    {
        var statuses = new CellStatus[_groups.Count];
        for (var g = 0; g < _groups.Count; g++)
        {
            var count = _groups[g].Count;
            statuses[g] = count == 0 ? CellStatus.Zero : count < _threshold ? CellStatus.PrimarySuppressed : CellStatus.Published;
        }
        for (var i = 0; i < secondary.Length; i++)
        {
            if (secondary[i]) statuses[_candidateGroups[i]] = CellStatus.SecondarySuppressed;
        }

        var cellStatus = _tables.Select(t => new CellStatus[t.CellCount]).ToArray();
        foreach (var (group, status) in _groups.Zip(statuses))
        {
            foreach (var member in group.Members) cellStatus[member.Table][member.Cell] = status;
        }
        return [.. _tables.Select((table, t) => Protected(table, cellStatus[t]))];
    }

    private static ProtectedTable Protected(TableLattice table, CellStatus[] statuses)
    {
        var cells = new ProtectedCell[table.CellCount];
        for (var cell = 0; cell < cells.Length; cell++)
        {
            var shown = !statuses[cell].IsSuppressed();
            cells[cell] = new ProtectedCell(
                table.Coordinates(cell),
                shown ? table.Counts[cell] : null,
                shown ? table.Populations[cell] : null,
                statuses[cell]);
        }
        return new ProtectedTable(table.Dimensions, cells);
    }

    /// <summary>Each member equals the first: their difference is known to be zero.</summary>
    private static IEnumerable<LinearCell> Equalities(CellGroup group, Func<CellMember, LinearCell> expand)
    {
        var first = expand(group.Members[0]);
        foreach (var member in group.Members.Skip(1))
        {
            var other = expand(member);
            yield return new LinearCell(
                [.. first.Coordinates, .. other.Coordinates],
                [.. first.Coefficients!, .. other.Coefficients!.Select(c => -c)]);
        }
    }
}
