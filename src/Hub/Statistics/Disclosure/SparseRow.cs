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

    public static RowEntry<T>[] Create<T>(int capacity) where T : IBinaryInteger<T>
    {
        var size = 4;
        while (size < capacity * 2) size *= 2;
        return new RowEntry<T>[size];
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

    /// <summary>Where a lookup of the column starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HomeSlot<T>(RowEntry<T>[] entries, int column) where T : IBinaryInteger<T> =>
        Hash(column + 1) & (entries.Length - 1);

    /// <summary>Adds an entry for a column the row does not hold.</summary>
    public static void Insert<T>(ref RowEntry<T>[] entries, ref int count, int column, T value, int position)
        where T : IBinaryInteger<T>
    {
        if ((count + 1) * 4 > entries.Length * 3) entries = Grown(entries);
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

    private static RowEntry<T>[] Grown<T>(RowEntry<T>[] entries) where T : IBinaryInteger<T>
    {
        var grown = new RowEntry<T>[entries.Length * 2];
        var mask = grown.Length - 1;
        foreach (var entry in entries)
        {
            if (entry.Key == Empty) continue;
            var slot = Hash(entry.Key) & mask;
            while (grown[slot].Key != Empty) slot = (slot + 1) & mask;
            grown[slot] = entry;
        }
        return grown;
    }
}
