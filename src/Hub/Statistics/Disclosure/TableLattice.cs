namespace Hub.Statistics.Disclosure;

/// <summary>
/// Every cell of one table, inner and marginal, numbered in mixed radix: per dimension the
/// categories come first and the total last. Each cell knows its count and population, and can be
/// written as a combination of the table's unknowns.
/// </summary>
internal sealed partial class TableLattice
{
    private readonly int[] _sizes;
    private readonly int[] _strides;
    private readonly int[] _reference;
    private readonly int[] _unknownOf;

    private TableLattice(TableInput input, int[] sizes, int[] strides, long[] counts, long?[] populations)
    {
        Input = input;
        _sizes = sizes;
        _strides = strides;
        Counts = counts;
        Populations = populations;
        _reference = ReferenceCategories(sizes, strides, counts);
        _unknownOf = new int[CellCount];
        for (var cell = 0; cell < CellCount; cell++)
        {
            _unknownOf[cell] = IsUnknown(cell) ? UnknownCount++ : -1;
        }
    }

    /// <summary>
    /// The number of unknowns: the cells that use no dimension's reference category. Their values
    /// determine the table (each reference category is its total minus the other categories) and, unlike
    /// the inner cells, make most marginals single unknowns, which keeps the elimination sparse.
    /// </summary>
    public int UnknownCount { get; }

    public TableInput Input { get; }

    public IReadOnlyList<Dimension> Dimensions => Input.Dimensions;

    public int CellCount => Counts.Length;

    public long[] Counts { get; }

    /// <summary>Known populations; a marginal's is known only when every inner cell under it has one.</summary>
    public long?[] Populations { get; }

    public bool IsInner(int cell) => SpecifiedCount(cell) == _sizes.Length;

    public int SpecifiedCount(int cell)
    {
        var specified = 0;
        for (var d = 0; d < _sizes.Length; d++)
        {
            if (cell / _strides[d] % (_sizes[d] + 1) != _sizes[d]) specified++;
        }
        return specified;
    }

    public string[] Coordinates(int cell)
    {
        var codes = new string[_sizes.Length];
        for (var d = 0; d < _sizes.Length; d++)
        {
            var index = cell / _strides[d] % (_sizes[d] + 1);
            codes[d] = index == _sizes[d] ? DisclosureControl.Total : Dimensions[d].Categories[index];
        }
        return codes;
    }

    /// <summary>The inner cells a cell adds up: itself when inner, every category in place of each total otherwise.</summary>
    public IEnumerable<int> Inner(int cell)
    {
        IEnumerable<int> cells = [cell];
        for (var d = 0; d < _sizes.Length; d++)
        {
            if (cell / _strides[d] % (_sizes[d] + 1) != _sizes[d]) continue;
            var (size, stride) = (_sizes[d], _strides[d]);
            cells = cells.SelectMany(c => Enumerable.Range(0, size).Select(k => c - (size - k) * stride));
        }
        return cells;
    }

    /// <summary>The marginal cells that include an inner cell: every way of replacing some of its categories by the total.</summary>
    public IEnumerable<int> Totals(int innerCell)
    {
        for (var mask = 1; mask < 1 << _sizes.Length; mask++)
        {
            var total = innerCell;
            for (var d = 0; d < _sizes.Length; d++)
            {
                if ((mask & 1 << d) != 0) total += (_sizes[d] - innerCell / _strides[d] % (_sizes[d] + 1)) * _strides[d];
            }
            yield return total;
        }
    }

    /// <summary>
    /// Writes the cell as a combination of unknowns: a reference category expands into the total
    /// minus every other category, dimension by dimension.
    /// </summary>
    public LinearCell Expand(int cell, int offset)
    {
        var length = 1;
        for (var d = 0; d < _sizes.Length; d++)
        {
            if (cell / _strides[d] % (_sizes[d] + 1) == _reference[d]) length *= _sizes[d];
        }
        var cells = new int[length];
        var coefficients = new int[length];
        coefficients[0] = 1;
        var terms = 1;
        for (var d = 0; d < _sizes.Length; d++)
        {
            var index = cell / _strides[d] % (_sizes[d] + 1);
            if (index != _reference[d])
            {
                for (var t = 0; t < terms; t++) cells[t] += index * _strides[d];
                continue;
            }
            // Each term so far splits, in place from the back, into the total (same sign) followed by
            // the other categories (opposite sign).
            var split = _sizes[d];
            for (var t = terms - 1; t >= 0; t--)
            {
                var (partial, sign) = (cells[t], coefficients[t]);
                var at = t * split;
                (cells[at], coefficients[at]) = (partial + _sizes[d] * _strides[d], sign);
                for (var k = 0; k < _sizes[d]; k++)
                {
                    if (k == _reference[d]) continue;
                    at++;
                    (cells[at], coefficients[at]) = (partial + k * _strides[d], -sign);
                }
            }
            terms *= split;
        }
        for (var t = 0; t < length; t++) cells[t] = offset + _unknownOf[cells[t]];
        return new LinearCell(cells, coefficients);
    }

    private bool IsUnknown(int cell)
    {
        for (var d = 0; d < _sizes.Length; d++)
        {
            if (cell / _strides[d] % (_sizes[d] + 1) == _reference[d]) return false;
        }
        return true;
    }
}
