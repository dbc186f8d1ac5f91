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
/// that is not a single unknown, carrying that cell's value on the row. Arithmetic is exact. Every value
/// is stored twice: in its row (a hash map, so that adding a pivot costs the pivot's length) and in its
/// column's list (plain arrays, so that finding the rows a candidate touches is a linear scan). A value
/// that cancels is zeroed in its column's list rather than removed, and the list is compacted now and then.
/// </remarks>
internal sealed class KernelBasis<T> where T : IBinaryInteger<T>
{
    private readonly bool[] _protected;
    private readonly RowEntry<T>[]?[] _rows;
    private readonly int[] _rowCount;
    private readonly int[][] _columnRows;
    private readonly T[][] _columnValues;
    private readonly int[] _columnLength;
    private readonly int[] _columnCount;
    private readonly T[] _acc;
    private readonly int[] _touchStamp;
    private readonly List<int> _touched = [];
    private readonly ArrayRecycler<RowEntry<T>> _rowArrays = new();
    private readonly ArrayRecycler<int> _columnRowArrays = new();
    private readonly ArrayRecycler<T> _columnValueArrays = new();
    private int[] _pivotColumns = new int[16];
    private T[] _pivotValues = new T[16];
    private int _touch;

    /// <param name="coordinateCount">The number of unknowns; the basis starts as all of them free.</param>
    /// <param name="protectedCells">Cells that must never become combinations of published cells.</param>
    public KernelBasis(int coordinateCount, LinearCell[] protectedCells)
    {
        var rows = coordinateCount;
        var width = rows + protectedCells.Length;
        _protected = new bool[width];
        _rows = new RowEntry<T>[]?[rows];
        _rowCount = new int[rows];
        _columnRows = new int[width][];
        _columnValues = new T[width][];
        _columnLength = new int[width];
        _columnCount = new int[width];
        _acc = new T[rows];
        _touchStamp = new int[rows];

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
        for (var c = 0; c < width; c++)
        {
            _columnRows[c] = new int[4];
            _columnValues[c] = new T[4];
        }
        for (var r = 0; r < rows; r++)
        {
            var row = SparseRow.Create(1 + (extra[r]?.Count ?? 0), _rowArrays);
            SparseRow.Insert(ref row, ref _rowCount[r], r, T.One, AppendToColumn(r, r, T.One), _rowArrays);
            foreach (var (column, value) in extra[r] ?? [])
            {
                var entry = T.CreateChecked(value);
                SparseRow.Insert(ref row, ref _rowCount[r], column, entry, AppendToColumn(column, r, entry), _rowArrays);
            }
            _rows[r] = row;
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
        var acc = _acc;
        var stamps = _touchStamp;
        for (var k = 0; k < cell.Coordinates.Length; k++)
        {
            var column = cell.Coordinates[k];
            var weight = cell.Coefficients is null ? 1 : cell.Coefficients[k];
            var rows = _columnRows[column].AsSpan(0, _columnLength[column]);
            var values = _columnValues[column].AsSpan(0, rows.Length);
            var factor = T.CreateChecked(weight);
            for (var i = 0; i < rows.Length; i++)
            {
                var r = rows[i];
                if (stamps[r] != _touch)
                {
                    stamps[r] = _touch;
                    acc[r] = T.Zero;
                    _touched.Add(r);
                }
                acc[r] = weight == 1 ? checked(acc[r] + values[i]) : checked(acc[r] + factor * values[i]);
            }
        }
        var kept = 0;
        foreach (var r in CollectionsMarshal.AsSpan(_touched))
        {
            if (!T.IsZero(acc[r])) _touched[kept++] = r;
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
            if (_rowCount[r] < _rowCount[probe]) probe = r;
        }
        var a = _acc[probe];
        foreach (var entry in _rows[probe]!)
        {
            var column = entry.Column;
            if (column < 0 || !_protected[column] || _columnCount[column] != _touched.Count) continue;
            var parallel = true;
            foreach (var r in _touched)
            {
                var row = _rows[r]!;
                var slot = SparseRow.Find(row, column);
                if (slot < 0 || checked(row[slot].Value * a) != checked(_acc[r] * entry.Value))
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
            var cost = _rowCount[r] * 2 + (T.Abs(_acc[r]) == T.One ? 0 : 1);
            if (cost < pivotCost) (pivot, pivotCost) = (r, cost);
        }
        // Rows keep the capacity they once needed, so the pivot is copied out once instead of walked per row.
        var pivotRow = _rows[pivot]!;
        if (_pivotColumns.Length < _rowCount[pivot])
        {
            _pivotColumns = new int[_rowCount[pivot] * 2];
            _pivotValues = new T[_rowCount[pivot] * 2];
        }
        var length = 0;
        foreach (var entry in pivotRow)
        {
            if (entry.Column < 0) continue;
            _pivotColumns[length] = entry.Column;
            _pivotValues[length++] = entry.Value;
            RemoveFromColumn(entry.Column, entry.Position);
        }
        _rows[pivot] = null;
        _rowArrays.Return(pivotRow);
        foreach (var r in _touched)
        {
            if (r != pivot) Combine(r, _pivotColumns.AsSpan(0, length), _pivotValues.AsSpan(0, length), _acc[pivot], _acc[r]);
        }
    }

    /// <summary>Makes the row zero on the published cell: row·a − pivot·b, in exact integers.</summary>
    private void Combine(int r, ReadOnlySpan<int> pivotColumns, ReadOnlySpan<T> pivotValues, T pivotValue, T rowValue)
    {
        ref var row = ref _rows[r]!;
        ref var count = ref _rowCount[r];
        var unitPivot = T.Abs(pivotValue) == T.One;
        T factor;
        if (unitPivot)
        {
            factor = checked(rowValue * pivotValue);
        }
        else
        {
            var divisor = SparseRow.Gcd(pivotValue, rowValue);
            var scale = pivotValue / divisor;
            for (var slot = 0; slot < row.Length; slot++)
            {
                if (row[slot].Key != 0) SetValue(ref row[slot], checked(row[slot].Value * scale));
            }
            factor = rowValue / divisor;
        }
        for (var k = 0; k < pivotColumns.Length; k++)
        {
            var column = pivotColumns[k];
            var delta = checked(-(factor * pivotValues[k]));
            var slot = SparseRow.Find(row, column);
            if (slot < 0)
            {
                SparseRow.Insert(ref row, ref count, column, delta, AppendToColumn(column, r, delta), _rowArrays);
                continue;
            }
            var sum = checked(row[slot].Value + delta);
            if (!T.IsZero(sum))
            {
                SetValue(ref row[slot], sum);
                continue;
            }
            var position = row[slot].Position;
            SparseRow.RemoveAt(row, ref count, slot);
            RemoveFromColumn(column, position);
        }
        if (!unitPivot) Normalize(row);
    }

    /// <summary>Divides out the common factor of the row's entries, so repeated scaling cannot grow without bound.</summary>
    private void Normalize(RowEntry<T>[] row)
    {
        var content = T.Zero;
        for (var slot = 0; slot < row.Length && content != T.One; slot++)
        {
            if (row[slot].Key != 0) content = SparseRow.Gcd(content, row[slot].Value);
        }
        if (content == T.One || T.IsZero(content)) return;
        for (var slot = 0; slot < row.Length; slot++)
        {
            if (row[slot].Key != 0) SetValue(ref row[slot], row[slot].Value / content);
        }
    }

    private void SetValue(ref RowEntry<T> entry, T value)
    {
        entry.Value = value;
        _columnValues[entry.Column][entry.Position] = value;
    }

    private int AppendToColumn(int column, int r, T value)
    {
        // A full list with at least half its values zeroed is compacted rather than grown.
        if (_columnLength[column] == _columnRows[column].Length && 2 * _columnCount[column] <= _columnLength[column])
        {
            CompactColumn(column);
        }
        var position = _columnLength[column]++;
        _columnCount[column]++;
        if (position == _columnRows[column].Length)
        {
            var rows = _columnRowArrays.Rent(position * 2, clear: false);
            var values = _columnValueArrays.Rent(position * 2, clear: false);
            _columnRows[column].AsSpan().CopyTo(rows);
            _columnValues[column].AsSpan().CopyTo(values);
            _columnRowArrays.Return(_columnRows[column]);
            _columnValueArrays.Return(_columnValues[column]);
            (_columnRows[column], _columnValues[column]) = (rows, values);
        }
        _columnRows[column][position] = r;
        _columnValues[column][position] = value;
        return position;
    }

    /// <summary>Zeroes the value's copy in the column's list, where it adds nothing to a scan until the list is compacted.</summary>
    private void RemoveFromColumn(int column, int position)
    {
        _columnValues[column][position] = T.Zero;
        _columnCount[column]--;
        if (_columnLength[column] > 4 * _columnCount[column] + 16) CompactColumn(column);
    }

    /// <summary>Drops the zeroed values and tells each row where its value moved.</summary>
    private void CompactColumn(int column)
    {
        var rows = _columnRows[column];
        var values = _columnValues[column];
        var kept = 0;
        for (var i = 0; i < _columnLength[column]; i++)
        {
            if (T.IsZero(values[i])) continue;
            if (kept != i)
            {
                var row = _rows[rows[i]]!;
                row[SparseRow.Find(row, column)].Position = kept;
                rows[kept] = rows[i];
                values[kept] = values[i];
            }
            kept++;
        }
        _columnLength[column] = kept;
    }
}
