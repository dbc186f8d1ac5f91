using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hub.Statistics.Disclosure;

/// <summary>
/// One entry of a <see cref="SparseRow"/>: a column, its value, and where the value's copy sits in the
/// column's list (see <see cref="KernelBasis{T}"/>). Kept together so that a lookup touches one cache line:
/// the rows outgrow the caches, and elimination is bound by memory, not arithmetic.
/// </summary>
internal struct RowEntry<T> where T : IBinaryInteger<T>
{
    /// <summary>The column plus one, so that a fresh array is all empty slots (0).</summary>
    public int Key;
    public int Position;
    public T Value;

    public readonly int Column => Key - 1;
}

/// <summary>
/// A sparse integer vector as an open-addressing hash map over an array of <see cref="RowEntry{T}"/>.
/// Elimination adds a short pivot row to long rows, so updates must cost the pivot's length, not the
/// row's (sorted arrays would copy the row).
/// </summary>
internal static class SparseRow
{
    private const int Empty = 0;

    public static RowEntry<T>[] Create<T>(int capacity, ArrayRecycler<RowEntry<T>> pool) where T : IBinaryInteger<T>
    {
        var size = 4;
        while (size < capacity * 2) size *= 2;
        return pool.Rent(size, clear: true);
    }

    /// <summary>The slot holding the column, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Find<T>(RowEntry<T>[] entries, int column) where T : IBinaryInteger<T>
    {
        var key = column + 1;
        var mask = entries.Length - 1;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var stored = entries[slot].Key;
            if (stored == key) return slot;
            if (stored == Empty) return -1;
        }
    }

    /// <summary>Adds an entry for a column the row does not hold.</summary>
    public static void Insert<T>(ref RowEntry<T>[] entries, ref int count, int column, T value, int position, ArrayRecycler<RowEntry<T>> pool)
        where T : IBinaryInteger<T>
    {
        if ((count + 1) * 4 > entries.Length * 3) entries = Grown(entries, pool);
        var key = column + 1;
        var mask = entries.Length - 1;
        var slot = Hash(key) & mask;
        while (entries[slot].Key != Empty) slot = (slot + 1) & mask;
        entries[slot] = new RowEntry<T> { Key = key, Position = position, Value = value };
        count++;
    }

    /// <summary>Removes the entry in the slot; backward-shift deletion keeps probe chains intact without tombstones.</summary>
    public static void RemoveAt<T>(RowEntry<T>[] entries, ref int count, int slot) where T : IBinaryInteger<T>
    {
        var mask = entries.Length - 1;
        count--;
        var hole = slot;
        for (var next = (hole + 1) & mask; entries[next].Key != Empty; next = (next + 1) & mask)
        {
            var home = Hash(entries[next].Key) & mask;
            var movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (!movable) continue;
            entries[hole] = entries[next];
            hole = next;
        }
        entries[hole] = default;
    }

    public static T Gcd<T>(T a, T b) where T : IBinaryInteger<T>
    {
        a = T.Abs(a);
        b = T.Abs(b);
        while (!T.IsZero(b)) (a, b) = (b, a % b);
        return a;
    }

    private static int Hash(int key) => (int)((uint)key * 2654435769u >> 7);

    private static RowEntry<T>[] Grown<T>(RowEntry<T>[] entries, ArrayRecycler<RowEntry<T>> pool) where T : IBinaryInteger<T>
    {
        var grown = pool.Rent(entries.Length * 2, clear: true);
        var mask = grown.Length - 1;
        foreach (var entry in entries)
        {
            if (entry.Key == Empty) continue;
            var slot = Hash(entry.Key) & mask;
            while (grown[slot].Key != Empty) slot = (slot + 1) & mask;
            grown[slot] = entry;
        }
        pool.Return(entries);
        return grown;
    }
}

/// <summary>
/// Arrays of power-of-two lengths that were outgrown or freed, kept for reuse within one walk. Rows and
/// column lists keep growing while eliminated rows are dropped; without reuse the garbage collector spent
/// about a seventh of the walk copying them.
/// </summary>
internal sealed class ArrayRecycler<TItem>
{
    private readonly List<TItem[]>[] _free = [.. Enumerable.Range(0, 32).Select(_ => new List<TItem[]>())];

    /// <summary>An array of the length (a power of two), cleared when asked.</summary>
    public TItem[] Rent(int length, bool clear)
    {
        var free = _free[BitOperations.Log2((uint)length)];
        if (free.Count == 0) return new TItem[length];
        var array = free[^1];
        free.RemoveAt(free.Count - 1);
        if (clear) Array.Clear(array);
        return array;
    }

    public void Return(TItem[] array) => _free[BitOperations.Log2((uint)array.Length)].Add(array);
}
