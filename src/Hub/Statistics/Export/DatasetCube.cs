using Hub.Access;
using Hub.Data;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics.Export;

/// <summary>One dimension of an exported table: its categories in display order, the total (_T) last.</summary>
public sealed record CubeDimension(string Code, string LabelSv, IReadOnlyList<string> Categories, IReadOnlyList<(string Sv, string En)> Labels);

/// <summary>
/// A dataset's stored cells laid out as a dense cube in row-major order (the last dimension varies fastest), as
/// JSON-stat wants them. Only what is stored is read: suppressed cells stay without numbers.
/// </summary>
public sealed class DatasetCube
{
    private DatasetCube(StatisticsDataset dataset, string ownerName, IReadOnlyList<CubeDimension> dimensions, StatisticsCell?[] cells)
    {
        Dataset = dataset;
        OwnerName = ownerName;
        Dimensions = dimensions;
        Cells = cells;
    }

    public StatisticsDataset Dataset { get; }

    public string OwnerName { get; }

    public IReadOnlyList<CubeDimension> Dimensions { get; }

    /// <summary>The cells by position; null only where a combination was never stored.</summary>
    public StatisticsCell?[] Cells { get; }

    /// <summary>The dataset if the caller may see it (the same rule as GraphQL), else null: hidden and unknown look alike.</summary>
    public static async Task<DatasetCube?> LoadAsync(HubDbContext db, VocabularyCache.Snapshot vocabulary, Caller caller, int id,
        CancellationToken cancellationToken)
    {
        var found = await db.StatisticsDatasets.AsNoTracking().VisibleTo(caller).Where(d => d.Id == id)
            .Select(d => new { Dataset = d, Owner = d.Owner!.Name }).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var dataset = found.Dataset;
        var cells = await db.StatisticsCells.AsNoTracking().Where(c => c.DatasetId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);

        var columns = dataset.Dimensions.Select(d => CellColumns.For(d)!).ToList();
        var dimensions = dataset.Dimensions.Select((code, d) =>
        {
            var categories = DimensionCategories.Ordered(vocabulary, code, cells.Select(c => columns[d].Get(c) ?? CellColumns.Total));
            return new CubeDimension(code, vocabulary.Find(Schemes.StatisticsDimension, code)?.LabelSv ?? code, categories,
                [.. categories.Select(c => DimensionCategories.Labels(vocabulary, code, c))]);
        }).ToList();

        var positions = dimensions.Select(d => d.Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal)).ToList();
        var size = dimensions.Aggregate(1, (product, d) => product * d.Categories.Count);
        var dense = new StatisticsCell?[size];
        foreach (var cell in cells)
        {
            var index = 0;
            for (var d = 0; d < dimensions.Count; d++)
                index = index * dimensions[d].Categories.Count + positions[d][columns[d].Get(cell) ?? CellColumns.Total];
            dense[index] = cell;
        }
        return new DatasetCube(dataset, found.Owner, dimensions, dense);
    }
}
