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
    private readonly int[] _hiddenZeros;

    private SuppressionModel(TableLattice[] tables, int threshold, List<CellGroup> groups, int[] candidateGroups,
        int[] hiddenZeros, int[] pinnedGroups, SuppressionProblem problem)
    {
        _hiddenZeros = hiddenZeros;
        Pinned = [.. pinnedGroups.SelectMany(g => groups[g].Members).Select(m => new LinkedCell(m.Table, tables[m.Table].Coordinates(m.Cell)))];
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
        var boundedGroups = new List<int>();
        // The only way each bounded cell can move: up when it holds 1, down when it holds threshold-1.
        var boundedDirections = new List<int>();
        var known = new List<LinearCell>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.Members.Count > 1) known.AddRange(Equalities(group, Expand));
            if (group.Count == 0 || group.Count >= threshold) continue;
            var inner = group.Members.Where(IsInner).ToList();
            var isBounded = inner.Count > 0 && (group.Count == 1 || group.Count == threshold - 1);
            if (isBounded)
            {
                bounded.Add(Expand(inner[0]));
                boundedGroups.Add(g);
                boundedDirections.Add(group.Count == 1 ? 1 : -1);
            }
            // Independent bounded cells are each outside the published span, unless linked tables'
            // equalities (facts, not choices) tie them; then they are watched like the others.
            if (!isBounded || tables.Length > 1) protectedCells.Add(Sparsest(group));
        }

        var coordinateCount = offsets[^1] + tables[^1].UnknownCount;
        var hiddenZeros = new List<int>();
        var pinnedGroups = new List<int>();
        if (tables.Length > 1)
        {
            // A zero that the equalities tie to bounded cells is hidden and guarded like a small cell (it can only
            // grow) where it gives a relation room that the bounded cells alone do not have.
            var innerZeros = Enumerable.Range(0, groups.Count).Where(g => groups[g].Count == 0 && groups[g].Members.Any(IsInner)).ToList();
            var (hide, pinned) = LinkedTies.Analyse(tables, groups, [.. boundedGroups.Zip(boundedDirections)], innerZeros);
            pinnedGroups.AddRange(pinned);
            foreach (var g in hide)
            {
                hiddenZeros.Add(g);
                protectedCells.Add(Sparsest(groups[g]));
                bounded.Add(Expand(groups[g].Members.First(IsInner)));
            }
        }

        // Zeros come first and are published unless that would tie bounded cells together (possible only
        // across linked tables, where a row of zeros and small cells can close a relation); inner zeros before
        // marginal ones, since a single unknown only deletes a row. Then the large cells before the small.
        var zeroGroups = Enumerable.Range(0, groups.Count)
            .Where(g => groups[g].Count == 0 && !hiddenZeros.Contains(g))
            .OrderByDescending(g => groups[g].SpecifiedCount)
            .ThenBy(g => g);
        var candidateGroups = zeroGroups.Concat(Enumerable.Range(0, groups.Count)
            .Where(g => groups[g].Count >= threshold)
            .OrderBy(g => groups[g].SpecifiedCount)
            .ThenByDescending(g => groups[g].Count)
            .ThenBy(g => g))
            .ToArray();
        var problem = new SuppressionProblem
        {
            CoordinateCount = coordinateCount,
            Protected = [.. protectedCells],
            Bounded = [.. bounded],
            KnownRelations = [.. known.OrderBy(c => c.Coordinates.Length)],
            Candidates = [.. candidateGroups.Select(g => Sparsest(groups[g]))],
        };
        return new SuppressionModel(tables, threshold, groups, candidateGroups, [.. hiddenZeros], [.. pinnedGroups], problem);
    }

    /// <summary>Small cells of linked tables that what the tables have in common pins, whatever is hidden.</summary>
    public IReadOnlyList<LinkedCell> Pinned { get; }

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
        foreach (var g in _hiddenZeros) statuses[g] = CellStatus.SecondarySuppressed;
        if (_tables.Length > 1) HideTotalsOfHiddenZeros(statuses);

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

    /// <summary>
    /// A hidden zero can only be 0 or more, so a shown total whose hidden inner cells are all zeros pins them at 0,
    /// which linear algebra alone does not see. Such totals are hidden too (hiding more only widens what an attacker
    /// can infer); a total that also hides a nonzero cell leaves the zeros room.
    /// </summary>
    private void HideTotalsOfHiddenZeros(CellStatus[] statuses)
    {
        var groupOf = _tables.Select(t => new int[t.CellCount]).ToArray();
        for (var g = 0; g < _groups.Count; g++)
        {
            foreach (var member in _groups[g].Members) groupOf[member.Table][member.Cell] = g;
        }
        var innerCells = _tables.Select(t => Enumerable.Range(0, t.CellCount).Where(t.IsInner).ToList()).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var t = 0; t < _tables.Length; t++)
            {
                var table = _tables[t];
                var roomy = new HashSet<int>();
                var inner = innerCells[t];
                foreach (var cell in inner.Where(c => statuses[groupOf[t][c]].IsSuppressed() && table.Counts[c] > 0))
                {
                    roomy.UnionWith(table.Totals(cell));
                }
                foreach (var cell in inner.Where(c => statuses[groupOf[t][c]].IsSuppressed() && table.Counts[c] == 0))
                {
                    foreach (var total in table.Totals(cell))
                    {
                        ref var status = ref statuses[groupOf[t][total]];
                        if (roomy.Contains(total) || status.IsSuppressed()) continue;
                        status = CellStatus.SecondarySuppressed;
                        changed = true;
                    }
                }
            }
        }
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
