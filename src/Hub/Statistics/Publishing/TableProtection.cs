using Hub.Publishing;
using Hub.Statistics.Disclosure;

namespace Hub.Statistics.Publishing;

/// <summary>Runs disclosure control over the tables of one link that are published together.</summary>
internal static class TableProtection
{
    public static IReadOnlyList<ProtectedTable>? Protect(IReadOnlyList<PreparedTable> group, List<TableProblem> problems)
    {
        var before = problems.Count;
        var first = group[0];
        for (var i = 1; i < group.Count; i++) CheckAgree(first, group[i], problems);
        if (problems.Count > before) return null;
        try
        {
            return group.Count == 1
                ? [DisclosureControl.Protect(first.Input, first.Values.Threshold)]
                : DisclosureControl.ProtectLinked([.. group.Select(t => t.Input)], first.Values.Threshold);
        }
        catch (LinkedCellsExposedException exposed)
        {
            foreach (var cells in exposed.Cells.GroupBy(c => c.Table))
            {
                var table = group[cells.Key];
                var others = string.Join(", ", group.Where(t => t != table).Select(t => $"'{t.Values.Title}'"));
                var codes = table.Input.Dimensions.Select(d => d.Code).ToList();
                var named = cells.Select(c => SharedCells.Describe(string.Join('\u001f', c.Coordinates), codes)).Distinct().ToList();
                problems.Add(table.Submission.Places.Field("cells", UserErrorCodes.InvalidValue,
                    $"Together with the linked {(group.Count > 2 ? "datasets" : "dataset")} {others}, the small counts {string.Join(", ", named.Take(8))}{(named.Count > 8 ? $" and {named.Count - 8} more" : "")} " +
                    "could be worked out exactly whatever is suppressed: a small cell of one table is the sum of small cells of another. " +
                    "Merge categories so that fewer cells are small, or publish the linked datasets with a higher threshold."));
            }
            return null;
        }
        catch (ArgumentException)
        {
            // The algorithm's messages may quote counts: they are never passed on.
            problems.Add(first.Submission.Places.Field("cells", UserErrorCodes.InvalidValue,
                "The table could not be anonymised as given (its cells are inconsistent); check the coordinates and counts."));
            return null;
        }
    }

    /// <summary>Linked tables describe the same people: one threshold, the same categories and the same totals where they overlap.</summary>
    private static void CheckAgree(PreparedTable first, PreparedTable other, List<TableProblem> problems)
    {
        var places = other.Submission.Places;
        var name = $"the linked dataset '{first.Values.Title}'";
        if (other.Values.Threshold != first.Values.Threshold)
        {
            problems.Add(places.Field("threshold", UserErrorCodes.InvalidValue, $"The threshold differs from that of {name}; linked datasets use one threshold."));
            return;
        }
        var common = SharedCells.CommonDimensions(other.Values.Dimensions, first.Values.Dimensions);
        foreach (var dimension in common)
        {
            var ours = other.Input.Dimensions.First(d => d.Code == dimension).Categories;
            var theirs = first.Input.Dimensions.First(d => d.Code == dimension).Categories;
            if (!ours.SequenceEqual(theirs))
            {
                problems.Add(places.Field("cells", UserErrorCodes.InvalidValue,
                    $"{dimension} has other categories than in {name} ({string.Join(", ", theirs)}); linked datasets use the same categories for a dimension they share."));
                return;
            }
        }
        var ourSums = SharedCells.RawSums(other.Input, common);
        var theirSums = SharedCells.RawSums(first.Input, common);
        foreach (var key in ourSums.Keys.Union(theirSums.Keys).Order(StringComparer.Ordinal))
        {
            if (ourSums.GetValueOrDefault(key) != theirSums.GetValueOrDefault(key))
                problems.Add(places.Field("cells", UserErrorCodes.InvalidValue,
                    $"The cells for {SharedCells.Describe(key, common)} add up to another number than in {name}; linked datasets count the same people, so their common totals agree."));
        }
    }
}
