using Hub.Access;
using Hub.Data;
using Hub.GraphQL;
using Hub.Statistics;
using Hub.Statistics.Querying;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Bench.Baseline;

public sealed record CoordinateJson(string Code);

public sealed record GroupCoordinateJson(string Code, string LabelSv);

public sealed record GroupJson(GroupCoordinateJson Group, bool IsReference, int? Count, double? Rate, double? Ratio, string? Reason, double? CountRatio);

public sealed record ComparisonJson(IReadOnlyList<CoordinateJson> Coordinates, string Reference, IReadOnlyList<GroupJson> Groups);

public sealed record DatasetCompareJson(string Id, string Title, IReadOnlyList<ComparisonJson> Compare);

public sealed record CompareData(DatasetCompareJson? Node);

/// <summary>
/// `compare(by:, reference:)` of one dataset as a plain endpoint: the dataset (visibility applied), then its stored cells
/// at each category of the compared dimension and the totals of the others, with the Hub's column helpers and the Hub's
/// own comparison arithmetic (StatisticsComparison.Of). Nothing is aggregated at query time, on either side.
/// </summary>
public static class BaselineCompare
{
    public static async Task<GraphQLData<CompareData>> CompareAsync(string globalId, string by, string reference, HubDbContext db,
        VocabularyCache.Snapshot vocabulary, CancellationToken ct)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var id) || type != StatisticsDatasetType.TypeName) return new(new CompareData(null));
        var ids = new List<int> { id };
        var dataset = await db.StatisticsDatasets.AsNoTracking().VisibleTo(Caller.Anonymous).Where(d => ids.Contains(d.Id)).ToListAsync(ct) is [var found] ? found : null;
        if (dataset is null) return new(new CompareData(null));

        var byColumn = CellColumns.For(by)!;
        var visible = db.StatisticsDatasets.VisibleTo(Caller.Anonymous).Where(d => ids.Contains(d.Id)).Select(d => d.Id);
        var cells = db.StatisticsCells.AsNoTracking().Where(c => visible.Contains(c.DatasetId)).WhereCategory(byColumn);
        foreach (var column in CellColumns.All.Where(c => c != byColumn)) cells = cells.WhereIn(column, [CellColumns.Total]);
        var rows = await cells.OrderBy(c => c.DatasetId).ThenBy(c => c.Id).Take(StatisticsCellLoaders.MaximumCells + 1).ToListAsync(ct);

        var comparisons = StatisticsComparison.Of(dataset, rows, by, reference, codes => DimensionCategories.Ordered(vocabulary, by, codes));
        return new(new CompareData(new DatasetCompareJson(globalId, dataset.Title, comparisons.Select(c => new ComparisonJson(
            c.Coordinates.Select(x => new CoordinateJson(x.Code)).ToList(), c.Reference,
            c.Groups.Select(g => new GroupJson(new GroupCoordinateJson(g.Coordinate.Code, DimensionCategories.Labels(vocabulary, by, g.Coordinate.Code).Sv),
                g.IsReference, g.Cell.Cell.Count is { } n ? checked((int)n) : null, g.Cell.Rate, g.Ratio,
                g.Gap is { } gap ? BaselineJson.ConstantCase(gap) : null, g.CountRatio)).ToList())).ToList())));
    }
}
