using System.Numerics;

namespace Hub.Statistics.Disclosure;

/// <summary>
/// Relations among bounded cells that linked tables imply before anything is published, and the cells they pin.
/// </summary>
/// <remarks>
/// Cells that mean the same in two tables are equal, and that alone can tie small cells together: with threshold
/// 3, a row of two 1s in one table whose total is a single inner cell of the other (so known to hold 1 or 2) leaves
/// every cell in it one possible value, 1 + 1 = 2, whatever is suppressed; a zero in the relation can give it room,
/// but only when hidden and on the right side. The relations are found by eliminating, from the equalities written
/// over inner cells, every inner cell that is neither bounded nor zero. A relation pins its cells when each of them
/// can only move the same way through it: a bounded cell holding 1 can only grow, one holding threshold-1 can only
/// shrink, a zero can only grow, so when all signed coefficients agree, no cell can move without another leaving
/// its range. This finds
/// the pins that one relation shows; a pin that only a combination of several overlapping relations shows is not
/// searched for (with tables linked through SEX the relations of different rows share no cell).
/// </remarks>
internal static class LinkedTies
{
    /// <summary>
    /// Which inner zero cells to hide so that relations which would pin bounded cells get a zero that can take up
    /// their moves (in 2 = 1 + 1 + z a hidden z lets the 2 become 1; in 1 + 1 = 2 + z it cannot help), and which
    /// bounded cells stay pinned whatever is hidden because no zero in their relation can help.
    /// </summary>
    /// <param name="tables">The linked tables.</param>
    /// <param name="groups">Their cells, grouped by meaning.</param>
    /// <param name="bounded">The groups of the bounded cells, each with the only way it can move (+1 up, -1 down).</param>
    /// <param name="zeros">The groups of zero cells that are inner cells in some table.</param>
    /// <returns>Groups of zeros to hide, and groups of bounded cells that are pinned.</returns>
    public static (IReadOnlyList<int> ZerosToHide, IReadOnlyList<int> Pinned) Analyse(
        TableLattice[] tables, List<CellGroup> groups, IReadOnlyList<(int Group, int Direction)> bounded, IReadOnlyList<int> zeros)
    {
        // Here the unknowns are the inner cells themselves (the walk's parametrisation would expand every small cell
        // into many unknowns): each bounded cell and each zero is one unknown, and the equalities, written as sums of
        // inner cells, are eliminated on the other inner cells only. What remains relates bounded cells and zeros.
        var offsets = new int[tables.Length];
        for (var t = 1; t < tables.Length; t++) offsets[t] = offsets[t - 1] + tables[t - 1].CellCount;
        var variableOf = new Dictionary<int, int>();
        var direction = new Dictionary<int, int>();
        var groupOf = new Dictionary<int, int>();
        int Variable(int g, int move)
        {
            var keys = groups[g].Members.Where(m => tables[m.Table].IsInner(m.Cell)).Select(m => offsets[m.Table] + m.Cell).ToList();
            foreach (var key in keys) variableOf[key] = keys[0];
            direction[keys[0]] = move;
            groupOf[keys[0]] = g;
            return keys[0];
        }
        foreach (var (g, move) in bounded) Variable(g, move);
        var zeroKeys = zeros.Select(g => Variable(g, 1)).ToHashSet(); // a zero, hidden or shown, can only grow

        Dictionary<int, BigInteger> Sum(CellMember member)
        {
            var row = new Dictionary<int, BigInteger>();
            foreach (var inner in tables[member.Table].Inner(member.Cell))
            {
                var key = offsets[member.Table] + inner;
                key = variableOf.GetValueOrDefault(key, key);
                row[key] = row.GetValueOrDefault(key) + 1;
            }
            return row;
        }
        var equalities = new List<Dictionary<int, BigInteger>>();
        foreach (var group in groups.Where(g => g.Members.Count > 1))
        {
            var first = Sum(group.Members[0]);
            foreach (var member in group.Members.Skip(1))
            {
                var row = new Dictionary<int, BigInteger>(first);
                foreach (var (key, value) in Sum(member))
                {
                    var updated = row.GetValueOrDefault(key) - value;
                    if (updated.IsZero) row.Remove(key);
                    else row[key] = updated;
                }
                if (row.Count > 0) equalities.Add(row);
            }
        }
        var found = Reduce(equalities.OrderBy(r => r.Count), column => !direction.ContainsKey(column)).Remainders;

        var hide = new SortedSet<int>();
        var pinned = new SortedSet<int>();
        // Both the relations as found and a basis of them: either can show a pin the other hides.
        foreach (var relation in found.Concat(Reduce(found.Select(r => new Dictionary<int, BigInteger>(r)), _ => true).Pivots).ToList())
        {
            var boundedPart = relation.Keys.Where(k => !zeroKeys.Contains(k)).ToList();
            if (boundedPart.Select(k => relation[k].Sign * direction[k]).Distinct().ToList() is not [var move]) continue;
            var helpful = relation.Keys.Where(k => zeroKeys.Contains(k) && relation[k].Sign == -move).Select(k => groupOf[k]).ToList();
            if (helpful.Count == 0) pinned.UnionWith(boundedPart.Select(k => groupOf[k]));
            else if (!helpful.Any(hide.Contains)) hide.Add(helpful.Min());
        }
        return ([.. hide], [.. pinned]);
    }

    /// <summary>
    /// Fraction-free forward elimination that pivots only on the columns <paramref name="pivotable"/> allows. Returns
    /// the pivot rows and the rows left with no such column, which are the combinations free of them.
    /// </summary>
    private static (List<Dictionary<int, BigInteger>> Pivots, List<Dictionary<int, BigInteger>> Remainders) Reduce(
        IEnumerable<Dictionary<int, BigInteger>> rows, Func<int, bool> pivotable)
    {
        var pivots = new List<(int Column, Dictionary<int, BigInteger> Row)>();
        var pivotOf = new Dictionary<int, int>();
        var remainders = new List<Dictionary<int, BigInteger>>();
        var pending = new SortedSet<int>();
        foreach (var row in rows)
        {
            // A pivot row has no entry in earlier pivots' columns, so eliminating in pivot order never brings one
            // back; only the pivots whose columns the row holds are visited.
            pending.Clear();
            foreach (var column in row.Keys)
            {
                if (pivotOf.TryGetValue(column, out var p)) pending.Add(p);
            }
            while (pending.Count > 0)
            {
                var next = pending.Min;
                pending.Remove(next);
                var (column, pivot) = pivots[next];
                if (!row.ContainsKey(column)) continue;
                foreach (var added in Eliminate(row, pivot, column))
                {
                    if (pivotOf.TryGetValue(added, out var p) && p > next) pending.Add(p);
                }
            }
            if (row.Count == 0) continue;
            // A unit coefficient keeps the later rows' numbers small.
            var candidates = row.Keys.Where(pivotable).ToList();
            if (candidates.Count == 0)
            {
                remainders.Add(row);
                continue;
            }
            var chosen = candidates.Where(c => BigInteger.Abs(row[c]).IsOne).DefaultIfEmpty(candidates.Min()).Min();
            pivotOf[chosen] = pivots.Count;
            pivots.Add((chosen, row));
        }
        return ([.. pivots.Select(p => p.Row)], remainders);
    }

    /// <summary>
    /// row := pivot[c]·row − row[c]·pivot, then divided by the entries' common divisor. Returns the columns the row
    /// did not hold before.
    /// </summary>
    private static List<int> Eliminate(Dictionary<int, BigInteger> row, Dictionary<int, BigInteger> pivot, int column)
    {
        var factor = row[column];
        var scale = pivot[column];
        if (!scale.IsOne)
        {
            foreach (var key in row.Keys.ToList()) row[key] *= scale;
        }
        var added = new List<int>();
        foreach (var (key, value) in pivot)
        {
            var had = row.TryGetValue(key, out var current);
            var updated = current - factor * value;
            if (updated.IsZero) row.Remove(key);
            else
            {
                row[key] = updated;
                if (!had) added.Add(key);
            }
        }
        if (!BigInteger.Abs(scale).IsOne)
        {
            var divisor = row.Values.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
            if (divisor > BigInteger.One)
            {
                foreach (var key in row.Keys.ToList()) row[key] /= divisor;
            }
        }
        return added;
    }
}
