namespace Hub.Statistics.Disclosure;

internal sealed partial class TableLattice
{
    // Aggregation and elimination both cost about inner cells times 2^dimensions; this bounds a table no server should hold.
    private const long MaximumWork = 50_000_000;

    /// <summary>Reads the agency's inner cells and adds up every marginal count and population.</summary>
    public static TableLattice Build(TableInput input)
    {
        var dimensions = input.Dimensions;
        var sizes = new int[dimensions.Count];
        var strides = new int[dimensions.Count];
        long cellCount = 1;
        for (var d = dimensions.Count - 1; d >= 0; d--)
        {
            sizes[d] = dimensions[d].Categories.Count;
            strides[d] = (int)cellCount;
            cellCount *= sizes[d] + 1;
            if (cellCount > int.MaxValue) throw new ArgumentException("The table has too many cells.", nameof(input));
        }
        var innerCount = 1L;
        foreach (var size in sizes) innerCount *= size;
        if (dimensions.Count > 20 || innerCount << dimensions.Count > MaximumWork)
        {
            throw new ArgumentException("The table has too many cells to protect.", nameof(input));
        }

        var lookups = dimensions.Select(CategoryLookup).ToArray();
        var counts = new long[cellCount];
        var innerPopulations = new long?[cellCount];
        var populationSums = new long[cellCount];
        var populationMissing = new bool[cellCount];
        var given = new bool[cellCount];
        foreach (var cell in input.Cells)
        {
            var index = InnerIndex(cell, lookups, strides);
            if (given[index]) throw new ArgumentException($"Duplicate cell ({string.Join(", ", cell.Coordinates)}).", nameof(input));
            if (cell.Count < 0) throw new ArgumentException("Counts cannot be negative.", nameof(input));
            given[index] = true;
            counts[index] = cell.Count;
            innerPopulations[index] = cell.Population;
        }

        var inner = InnerCells(sizes, strides);
        var ancestors = new int[1 << dimensions.Count];
        foreach (var cell in inner)
        {
            var list = Ancestors(cell, sizes, strides, ancestors);
            var population = innerPopulations[cell];
            foreach (var ancestor in list)
            {
                if (population is null) populationMissing[ancestor] = true;
                else populationSums[ancestor] = checked(populationSums[ancestor] + population.Value);
                if (ancestor != cell) counts[ancestor] = checked(counts[ancestor] + counts[cell]);
            }
        }

        var populations = new long?[cellCount];
        for (var c = 0; c < cellCount; c++)
        {
            populations[c] = populationMissing[c] ? null : populationSums[c];
        }
        return new TableLattice(input, sizes, strides, counts, populations);
    }

    /// <summary>
    /// Per dimension the category with the largest total. Its cells are the ones written as a total minus
    /// the other categories, and large cells are published early, so few of those longer sums are needed.
    /// </summary>
    private static int[] ReferenceCategories(int[] sizes, int[] strides, long[] counts)
    {
        var grandTotal = counts.Length - 1;
        var references = new int[sizes.Length];
        for (var d = 0; d < sizes.Length; d++)
        {
            for (var k = 1; k < sizes[d]; k++)
            {
                var total = counts[grandTotal - (sizes[d] - k) * strides[d]];
                if (total > counts[grandTotal - (sizes[d] - references[d]) * strides[d]]) references[d] = k;
            }
        }
        return references;
    }

    private static Dictionary<string, int> CategoryLookup(Dimension dimension)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var category in dimension.Categories)
        {
            if (category == DisclosureControl.Total)
            {
                throw new ArgumentException($"Dimension {dimension.Code} lists the total {DisclosureControl.Total} as a category.");
            }
            if (!lookup.TryAdd(category, lookup.Count))
            {
                throw new ArgumentException($"Dimension {dimension.Code} lists category {category} twice.");
            }
        }
        if (lookup.Count == 0) throw new ArgumentException($"Dimension {dimension.Code} has no categories.");
        return lookup;
    }

    private static int InnerIndex(InnerCell cell, Dictionary<string, int>[] lookups, int[] strides)
    {
        if (cell.Coordinates.Count != lookups.Length)
        {
            throw new ArgumentException($"Cell ({string.Join(", ", cell.Coordinates)}) needs {lookups.Length} coordinates.");
        }
        var index = 0;
        for (var d = 0; d < lookups.Length; d++)
        {
            if (!lookups[d].TryGetValue(cell.Coordinates[d], out var category))
            {
                throw new ArgumentException($"Unknown category {cell.Coordinates[d]} in cell ({string.Join(", ", cell.Coordinates)}).");
            }
            index += category * strides[d];
        }
        return index;
    }

    private static List<int> InnerCells(int[] sizes, int[] strides)
    {
        var cells = new List<int> { 0 };
        for (var d = 0; d < sizes.Length; d++)
        {
            var next = new List<int>(cells.Count * sizes[d]);
            foreach (var cell in cells)
            {
                for (var k = 0; k < sizes[d]; k++) next.Add(cell + k * strides[d]);
            }
            cells = next;
        }
        cells.Sort();
        return cells;
    }

    /// <summary>The inner cell itself and every marginal that contains it (each subset of dimensions totalled).</summary>
    private static Span<int> Ancestors(int inner, int[] sizes, int[] strides, Span<int> buffer)
    {
        var count = 1 << sizes.Length;
        for (var mask = 0; mask < count; mask++)
        {
            var index = inner;
            for (var d = 0; d < sizes.Length; d++)
            {
                if ((mask & (1 << d)) != 0) index += (sizes[d] - inner / strides[d] % (sizes[d] + 1)) * strides[d];
            }
            buffer[mask] = index;
        }
        return buffer[..count];
    }
}
