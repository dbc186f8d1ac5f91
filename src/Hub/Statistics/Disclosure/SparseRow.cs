using System.Numerics;

namespace Hub.Statistics.Disclosure;

/// <summary>
/// A sparse integer vector as an open-addressing hash map. Elimination adds a short pivot row to long
/// rows, so updates must cost the pivot's length, not the row's (sorted arrays would copy the row).
/// </summary>
internal sealed class SparseRow<T> where T : IBinaryInteger<T>
{
    private const int Empty = -1;
    private int[] _keys;
    private T[] _values;

    public SparseRow(int capacity)
    {
        var size = 4;
        while (size < capacity * 2) size *= 2;
        _keys = new int[size];
        _values = new T[size];
        Array.Fill(_keys, Empty);
    }

    public int Count { get; private set; }

    /// <summary>Slots to walk with <see cref="KeyAt"/>; empty slots hold a negative key.</summary>
    public int SlotCount => _keys.Length;

    public int KeyAt(int slot) => _keys[slot];

    public T ValueAt(int slot) => _values[slot];

    public bool TryGet(int key, out T value)
    {
        var mask = _keys.Length - 1;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var stored = _keys[slot];
            if (stored == key)
            {
                value = _values[slot];
                return true;
            }
            if (stored == Empty)
            {
                value = T.Zero;
                return false;
            }
        }
    }

    /// <summary>Adds to an entry; returns +1 when the entry appeared, -1 when it cancelled away, else 0.</summary>
    public int Add(int key, T delta)
    {
        var mask = _keys.Length - 1;
        var slot = Hash(key) & mask;
        while (_keys[slot] != Empty && _keys[slot] != key) slot = (slot + 1) & mask;
        if (_keys[slot] == Empty)
        {
            _keys[slot] = key;
            _values[slot] = delta;
            Count++;
            if (Count * 4 > _keys.Length * 3) Grow();
            return 1;
        }
        var sum = checked(_values[slot] + delta);
        if (!T.IsZero(sum))
        {
            _values[slot] = sum;
            return 0;
        }
        RemoveAt(slot);
        return -1;
    }

    public void Scale(T factor)
    {
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] != Empty) _values[slot] = checked(_values[slot] * factor);
        }
    }

    /// <summary>Divides out the common factor of the entries, so repeated scaling cannot grow without bound.</summary>
    public void Normalize()
    {
        var content = T.Zero;
        for (var slot = 0; slot < _keys.Length && content != T.One; slot++)
        {
            if (_keys[slot] != Empty) content = Gcd(content, _values[slot]);
        }
        if (content == T.One || T.IsZero(content)) return;
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] != Empty) _values[slot] /= content;
        }
    }

    public static T Gcd(T a, T b)
    {
        a = T.Abs(a);
        b = T.Abs(b);
        while (!T.IsZero(b)) (a, b) = (b, a % b);
        return a;
    }

    private static int Hash(int key) => (int)((uint)key * 2654435769u >> 7);

    // Backward-shift deletion keeps probe chains intact without tombstones.
    private void RemoveAt(int slot)
    {
        var mask = _keys.Length - 1;
        Count--;
        var hole = slot;
        for (var next = (hole + 1) & mask; _keys[next] != Empty; next = (next + 1) & mask)
        {
            var home = Hash(_keys[next]) & mask;
            var movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (!movable) continue;
            _keys[hole] = _keys[next];
            _values[hole] = _values[next];
            hole = next;
        }
        _keys[hole] = Empty;
        _values[hole] = T.Zero;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new int[keys.Length * 2];
        _values = new T[keys.Length * 2];
        Array.Fill(_keys, Empty);
        Count = 0;
        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] != Empty) Add(keys[slot], values[slot]);
        }
    }
}
