namespace Hub.Statistics.Disclosure;

/// <summary>A cell of one of the tables being protected.</summary>
internal readonly record struct CellMember(int Table, int Cell);

/// <summary>Cells that count the same people, in one table or across linked tables.</summary>
internal sealed record CellGroup(List<CellMember> Members, long Count, int SpecifiedCount);

/// <summary>Finds the cells that mean the same thing across linked tables.</summary>
internal static class CellGroups
{
    public static List<CellGroup> Find(TableLattice[] tables)
    {
        if (tables.Length == 1)
        {
            var table = tables[0];
            return [.. Enumerable.Range(0, table.CellCount).Select(c => new CellGroup([new(0, c)], table.Counts[c], table.SpecifiedCount(c)))];
        }

        CheckCommonDimensions(tables);
        var groups = new List<CellGroup>();
        var byMeaning = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < tables.Length; t++)
        {
            for (var cell = 0; cell < tables[t].CellCount; cell++)
            {
                var key = Meaning(tables[t], cell);
                if (byMeaning.TryGetValue(key, out var g))
                {
                    if (groups[g].Count != tables[t].Counts[cell])
                    {
                        throw new ArgumentException(
                            $"Linked tables disagree on the count of ({key.Replace('\u001f', ' ')}): {groups[g].Count} and {tables[t].Counts[cell]}.");
                    }
                    groups[g].Members.Add(new(t, cell));
                }
                else
                {
                    byMeaning[key] = groups.Count;
                    groups.Add(new CellGroup([new(t, cell)], tables[t].Counts[cell], tables[t].SpecifiedCount(cell)));
                }
            }
        }
        return groups;
    }

    /// <summary>The specified dimension codes with their categories, sorted, so the key ignores dimension order.</summary>
    private static string Meaning(TableLattice table, int cell)
    {
        var coordinates = table.Coordinates(cell);
        var parts = new List<string>();
        for (var d = 0; d < coordinates.Length; d++)
        {
            if (coordinates[d] != DisclosureControl.Total) parts.Add($"{table.Dimensions[d].Code}={coordinates[d]}");
        }
        parts.Sort(StringComparer.Ordinal);
        return string.Join('\u001f', parts);
    }

    // A total only means the same in two tables when both break the dimension down the same way.
    private static void CheckCommonDimensions(TableLattice[] tables)
    {
        var categories = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var dimension in tables.SelectMany(t => t.Dimensions))
        {
            var set = dimension.Categories.ToHashSet(StringComparer.Ordinal);
            if (!categories.TryAdd(dimension.Code, set) && !categories[dimension.Code].SetEquals(set))
            {
                throw new ArgumentException($"Linked tables break dimension {dimension.Code} down differently.");
            }
        }
    }
}
