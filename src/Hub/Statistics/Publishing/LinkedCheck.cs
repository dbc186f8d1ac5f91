using Hub.Data;
using Hub.Publishing;
using Hub.Statistics.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics.Publishing;

/// <summary>
/// Whether a newly protected table can join linked datasets that are already published, whose raw counts the Hub
/// does not keep. It can when every cell they share is shown, with the same count, in both: then what one
/// publishes adds nothing to what the other publishes, and each table's own protection stands. Otherwise the
/// tables must be protected together from their raw counts (publishLinkedStatistics), and the table is refused.
/// See docs/statistics.md.
/// </summary>
internal static class LinkedCheck
{
    public static async Task CheckAsync(HubDbContext db, LinkKey key, IReadOnlyCollection<int> republished,
        IReadOnlyList<(DatasetValues Values, ProtectedTable Table, ProblemPlaces Places)> tables, List<TableProblem> problems,
        CancellationToken cancellationToken)
    {
        var members = await key.Members(db.StatisticsDatasets.AsNoTracking(), republished).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            foreach (var (values, table, places) in tables)
            {
                var common = SharedCells.CommonDimensions(values.Dimensions, member.Dimensions);
                var stored = await StoredSharedCellsAsync(db, member, common, cancellationToken);
                problems.AddRange(Compare(values, table, places, member, common, stored));
            }
        }
    }

    private static IEnumerable<TableProblem> Compare(DatasetValues values, ProtectedTable table, ProblemPlaces places,
        StatisticsDataset member, IReadOnlyList<string> common, IReadOnlyList<StatisticsCell> stored)
    {
        var name = $"the linked dataset '{member.Title}'{(member.ExternalId is null ? "" : $" ({member.ExternalId})")}";
        const string Together = "Datasets of one organisation, intervention, indicator and reference period describe the same people; " +
            "publish them together with publishLinkedStatistics so they are protected jointly.";
        if (member.SuppressionThreshold != values.Threshold)
        {
            yield return places.Field("threshold", UserErrorCodes.InvalidValue,
                $"{Capital(name)} uses the threshold {member.SuppressionThreshold}; linked datasets use one threshold.");
            yield break;
        }

        var columns = common.Select(d => CellColumns.For(d)!).ToList();
        foreach (var (dimension, column) in common.Zip(columns))
        {
            var theirs = stored.Select(column.Get).Where(c => c is not null && c != CellColumns.Total).ToHashSet(StringComparer.Ordinal);
            var ours = table.Dimensions.First(d => d.Code == dimension).Categories;
            if (!theirs.SetEquals(ours))
            {
                yield return places.Field("cells", UserErrorCodes.InvalidValue,
                    $"{Capital(name)} breaks {dimension} down into {string.Join(", ", theirs.Order(StringComparer.Ordinal))}; linked datasets use the same categories for a dimension they share.");
                yield break;
            }
        }

        var byKey = stored.ToDictionary(c => string.Join('\u001f', columns.Select(col => col.Get(c)!)), StringComparer.Ordinal);
        var dimensions = table.Dimensions.Select(d => d.Code).ToList();
        foreach (var cell in table.Cells)
        {
            if (SharedCells.KeyOf(dimensions, d => cell.Coordinates[d], common) is not { } key || !byKey.TryGetValue(key, out var theirs)) continue;
            var what = SharedCells.Describe(key, common);
            var oursShown = !cell.Status.IsSuppressed();
            var theirsShown = theirs.Status is Statistics.CellStatus.Published or Statistics.CellStatus.Zero;
            if (oursShown && theirsShown && cell.Count != theirs.Count)
                yield return places.Field("cells", UserErrorCodes.InvalidValue,
                    $"The table's total for {what} differs from that of {name}. {Together}");
            else if (oursShown && !theirsShown)
                yield return places.Field("cells", UserErrorCodes.InvalidValue,
                    $"{Capital(what)} is suppressed in {name}; publishing it here would reveal it. {Together}");
            else if (!oursShown && theirsShown)
                yield return places.Field("cells", UserErrorCodes.InvalidValue,
                    $"{Capital(what)} must be suppressed in this table, but {name} publishes it. {Together}");
            else if (!oursShown)
                yield return places.Field("cells", UserErrorCodes.InvalidValue,
                    $"{Capital(what)} is suppressed both here and in {name}; only a joint protection keeps the two from narrowing it down together. {Together}");
        }
    }

    /// <summary>The member's cells that specify only common dimensions: its other dimensions at their total.</summary>
    private static async Task<List<StatisticsCell>> StoredSharedCellsAsync(HubDbContext db, StatisticsDataset member,
        IReadOnlyList<string> common, CancellationToken cancellationToken)
    {
        var cells = db.StatisticsCells.AsNoTracking().Where(c => c.DatasetId == member.Id);
        foreach (var dimension in member.Dimensions.Where(d => !common.Contains(d)))
            cells = cells.WhereIn(CellColumns.For(dimension)!, [CellColumns.Total]);
        return await cells.ToListAsync(cancellationToken);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
