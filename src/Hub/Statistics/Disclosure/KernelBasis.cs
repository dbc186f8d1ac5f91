using System.Numerics;
using System.Runtime.InteropServices;

namespace Hub.Statistics.Disclosure;

/// <summary>
/// A basis of the directions in which the unknowns can move without changing anything published so
/// far (the kernel of the published cells). GaussSuppression eliminates in the published cells' column
/// space; this keeps the dual, where a cell is a linear combination of published cells exactly when it
/// is zero on every row, so "publishing c reveals p" becomes "p's column is parallel to c's".
/// </summary>
/// <remarks>
/// Rows are sparse integer vectors over the unknowns, followed by one extra column per protected cell
/// that is not a single unknown, carrying that cell's value on the row. Arithmetic is exact.
/// </remarks>
internal sealed class KernelBasis<T> where T : IBinaryInteger<T>
{
    private readonly bool[] _protected;
    private readonly SparseRow<T>?[] _rows;
    private readonly List<int>[] _columnRows;
    private readonly int[] _columnCount;
    private readonly T[] _acc;
    private readonly int[] _touchStamp;
    private readonly int[] _seenStamp;
    private readonly List<int> _touched = [];
    private int _touch;
    private int _seen;

    /// <param name="coordinateCount">The number of unknowns; the basis starts as all of them free.</param>
    /// <param name="protectedCells">Cells that must never become combinations of published cells.</param>
    public KernelBasis(int coordinateCount, LinearCell[] protectedCells)
    {
        var rows = coordinateCount;
        var width = rows + protectedCells.Length;
        _protected = new bool[width];
        _rows = new SparseRow<T>?[rows];
        _columnRows = new List<int>[width];
        _columnCount = new int[width];
        _acc = new T[rows];
        _touchStamp = new int[rows];
        _seenStamp = new int[rows];

        // A protected cell's value on each row is carried as an extra column, so checking it costs no sums;
        // a cell that is a single unknown is watched through that unknown's own column.
        var extra = new List<(int Column, int Value)>?[rows];
        for (var s = 0; s < protectedCells.Length; s++)
        {
            var cell = protectedCells[s];
            if (cell.Coordinates.Length == 1)
            {
                _protected[cell.Coordinates[0]] = true;
                continue;
            }
            _protected[rows + s] = true;
            for (var k = 0; k < cell.Coordinates.Length; k++)
            {
                (extra[cell.Coordinates[k]] ??= []).Add((rows + s, cell.Coefficients?[k] ?? 1));
            }
        }
        for (var c = 0; c < width; c++) _columnRows[c] = [];
        for (var r = 0; r < rows; r++)
        {
            var row = _rows[r] = new SparseRow<T>(1 + (extra[r]?.Count ?? 0));
            row.Add(r, T.One);
            foreach (var (column, value) in extra[r] ?? []) row.Add(column, T.CreateChecked(value));
            for (var slot = 0; slot < row.SlotCount; slot++)
            {
                var column = row.KeyAt(slot);
                if (column < 0) continue;
                _columnRows[column].Add(r);
                _columnCount[column]++;
            }
        }
    }

    /// <summary>
    /// Finds the rows on which the cell is nonzero; false means the cell is already a linear combination
    /// of published cells. The rows stay selected for <see cref="WouldExpose"/> and <see cref="Publish"/>.
    /// </summary>
    public bool Touch(LinearCell cell)
    {
        _touch++;
        _touched.Clear();
        for (var k = 0; k < cell.Coordinates.Length; k++)
        {
            var column = cell.Coordinates[k];
            var weight = cell.Coefficients is null ? 1 : cell.Coefficients[k];
            var rows = _columnRows[column];
            if (rows.Count > 2 * _columnCount[column] + 8) CompactColumn(column);
            _seen++;
            foreach (var r in CollectionsMarshal.AsSpan(rows))
            {
                if (_seenStamp[r] == _seen || _rows[r] is not { } row) continue;
                _seenStamp[r] = _seen;
                if (!row.TryGet(column, out var value)) continue;
                if (_touchStamp[r] != _touch)
                {
                    _touchStamp[r] = _touch;
                    _acc[r] = T.Zero;
                    _touched.Add(r);
                }
                _acc[r] = weight switch
                {
                    1 => checked(_acc[r] + value),
                    -1 => checked(_acc[r] - value),
                    _ => checked(_acc[r] + T.CreateChecked(weight) * value),
                };
            }
        }
        var kept = 0;
        foreach (var r in CollectionsMarshal.AsSpan(_touched))
        {
            if (!T.IsZero(_acc[r])) _touched[kept++] = r;
        }
        _touched.RemoveRange(kept, _touched.Count - kept);
        return kept > 0;
    }

    /// <summary>
    /// Whether publishing the touched cell would make a protected cell a combination of published cells:
    /// exactly when that cell's column is parallel to the touched values. Such a column is nonzero on
    /// every touched row, so only the columns of the sparsest touched row need a look.
    /// </summary>
    public bool WouldExpose()
    {
        var probe = _touched[0];
        foreach (var r in _touched)
        {
            if (_rows[r]!.Count < _rows[probe]!.Count) probe = r;
        }
        var a = _acc[probe];
        var row = _rows[probe]!;
        for (var slot = 0; slot < row.SlotCount; slot++)
        {
            var column = row.KeyAt(slot);
            if (column < 0 || !_protected[column] || _columnCount[column] != _touched.Count) continue;
            var expected = row.ValueAt(slot);
            var parallel = true;
            foreach (var r in _touched)
            {
                if (!_rows[r]!.TryGet(column, out var value) || checked(value * a) != checked(_acc[r] * expected))
                {
                    parallel = false;
                    break;
                }
            }
            if (parallel) return true;
        }
        return false;
    }

    /// <summary>
    /// Publishes the touched cell: every touched row but one pivot is combined with the pivot so that it
    /// is zero on the cell, and the pivot is dropped. The pivot is the sparsest row, preferring a unit
    /// value so that no other row is scaled and the integers stay small.
    /// </summary>
    public void Publish()
    {
        var pivot = -1;
        var pivotCost = int.MaxValue;
        foreach (var r in _touched)
        {
            var cost = _rows[r]!.Count * 2 + (T.Abs(_acc[r]) == T.One ? 0 : 1);
            if (cost < pivotCost) (pivot, pivotCost) = (r, cost);
        }
        var pivotRow = _rows[pivot]!;
        foreach (var r in _touched)
        {
            if (r != pivot) Combine(r, pivotRow, _acc[pivot], _acc[r]);
        }
        for (var slot = 0; slot < pivotRow.SlotCount; slot++)
        {
            if (pivotRow.KeyAt(slot) >= 0) _columnCount[pivotRow.KeyAt(slot)]--;
        }
        _rows[pivot] = null;
    }

    /// <summary>Makes the row zero on the published cell: row·a − pivot·b, in exact integers.</summary>
    private void Combine(int r, SparseRow<T> pivotRow, T pivotValue, T rowValue)
    {
        var row = _rows[r]!;
        T factor;
        if (T.Abs(pivotValue) == T.One)
        {
            factor = checked(rowValue * pivotValue);
        }
        else
        {
            var divisor = SparseRow<T>.Gcd(pivotValue, rowValue);
            row.Scale(pivotValue / divisor);
            factor = rowValue / divisor;
        }
        for (var slot = 0; slot < pivotRow.SlotCount; slot++)
        {
            var column = pivotRow.KeyAt(slot);
            if (column < 0) continue;
            switch (row.Add(column, checked(-(factor * pivotRow.ValueAt(slot)))))
            {
                case 1:
                    _columnCount[column]++;
                    _columnRows[column].Add(r);
                    break;
                case -1:
                    _columnCount[column]--;
                    break;
            }
        }
        if (T.Abs(pivotValue) != T.One) row.Normalize();
    }

    private void CompactColumn(int column)
    {
        _seen++;
        var rows = _columnRows[column];
        var kept = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (_seenStamp[r] == _seen || _rows[r] is not { } row || !row.TryGet(column, out _)) continue;
            _seenStamp[r] = _seen;
            rows[kept++] = r;
        }
        rows.RemoveRange(kept, rows.Count - kept);
    }
}
