using GraphQL.DataLoader;
using Hub.Access;
using Hub.Data.Paging;
using Hub.Errors;
using Hub.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics.Querying;

/// <summary>
/// Reads stored cells for every dataset of a batch in one statement, only of datasets the caller may see. Nothing
/// is computed from raw data: a total is a stored cell like any other.
/// </summary>
public static class StatisticsCellLoaders
{
    /// <summary>At most this many cells are read for one `compare` selection (over all datasets of a list).</summary>
    public const int MaximumCells = 5000;

    /// <summary>A page of a dataset's cells in table order, for every dataset of the batch in one statement.</summary>
    public static IDataLoaderResult<Page<StatisticsCell>> CellsOf(this HubRequestContext hub, int datasetId, StatisticsCellFilter filter,
        PageRequest request, string argumentsKey) =>
        hub.Loaders.Get<int, Page<StatisticsCell>>($"dataset-cells:{filter.Key}:{argumentsKey}", (ids, ct) =>
            // Only datasets the caller may see are parents, so the visibility rule is inside the SQL that reads cells.
            NestedPaging.PagePerParentAsync(hub.Db.StatisticsDatasets.AsNoTracking().VisibleTo(hub.Caller), ids,
                filter.Apply(hub.Db.StatisticsCells.AsNoTracking()), c => c.DatasetId, CellOrdering.TableOrder, request, ct),
            Page<StatisticsCell>.Empty).LoadAsync(datasetId);

    /// <summary>
    /// The cells a comparison by <paramref name="by"/> reads: each category of it (those in the filter, if any) at
    /// the filter's codes of the other dimensions, or at their totals where the filter says nothing.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<StatisticsCell>> ComparedCellsOf(this HubRequestContext hub, int datasetId, string by,
        StatisticsCellFilter filter) =>
        hub.Loaders.Get<int, IReadOnlyList<StatisticsCell>>($"dataset-compare:{by}:{filter.Key}", (ids, ct) =>
        {
            var byColumn = CellColumns.For(by)!;
            var cells = Cells(hub, ids).WhereCategory(byColumn);
            if (filter.CodesFor(byColumn) is { Count: > 0 } groups) cells = cells.WhereIn(byColumn, groups);
            foreach (var column in CellColumns.All.Where(c => c != byColumn))
                cells = cells.WhereIn(column, filter.CodesFor(column) is { Count: > 0 } codes ? codes : [CellColumns.Total]);
            if (filter.Status is { Count: > 0 } statuses) cells = cells.Where(c => statuses.Contains(c.Status));
            return LoadAsync(ids, cells, ct);
        }, []).LoadAsync(datasetId);

    private static IQueryable<StatisticsCell> Cells(HubRequestContext hub, IReadOnlyList<int> ids)
    {
        // The parent was loaded through the visibility rule already; applying it here too keeps the rule inside the SQL that reads cells.
        var visible = hub.Db.StatisticsDatasets.VisibleTo(hub.Caller).Where(d => ids.Contains(d.Id)).Select(d => d.Id);
        return hub.Db.StatisticsCells.AsNoTracking().Where(c => visible.Contains(c.DatasetId));
    }

    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<StatisticsCell>>> LoadAsync(IReadOnlyList<int> ids,
        IQueryable<StatisticsCell> cells, CancellationToken cancellationToken)
    {
        var rows = await cells.OrderBy(c => c.DatasetId).ThenBy(c => c.Id).Take(MaximumCells + 1).ToListAsync(cancellationToken);
        if (rows.Count > MaximumCells)
            throw new HubException(ErrorCodes.BadUserInput,
                $"The filter selects more than {MaximumCells} cells{(ids.Count > 1 ? " over the datasets asked for" : "")}; narrow it, e.g. with \"_T\" for some dimensions.",
                new Dictionary<string, object?> { ["limit"] = MaximumCells });
        return rows.GroupBy(c => c.DatasetId).ToDictionary(g => g.Key, g => (IReadOnlyList<StatisticsCell>)g.ToList());
    }
}
