using Hub.Statistics;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>The demo tables hold raw synthetic counts; they reach the database only through the publisher.</summary>
public sealed class DemoStatisticsTests(DemoHub hub) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task EveryDemoDatasetIsStoredAsAProtectedTableWithAllItsTotals()
    {
        var datasets = await hub.QueryAsync(db => db.StatisticsDatasets.AsNoTracking().ToListAsync());
        var cells = await hub.QueryAsync(db => db.StatisticsCells.AsNoTracking().ToListAsync());

        Assert.True(datasets.Count >= 6);
        foreach (var dataset in datasets)
        {
            var own = cells.Where(c => c.DatasetId == dataset.Id).ToList();
            var sizes = dataset.Dimensions.Select(d => own.Select(CellColumns.For(d)!.Get).Distinct().Count()).ToList();
            Assert.Equal(sizes.Aggregate(1, (a, b) => a * b), own.Count);
            Assert.Single(own, c => dataset.Dimensions.All(d => CellColumns.For(d)!.Get(c) == "_T"));
            Assert.DoesNotContain(own, c => c.Count is > 0 && c.Count < dataset.SuppressionThreshold);
            Assert.All(own.Where(c => c.Status is CellStatus.PrimarySuppressed or CellStatus.SecondarySuppressed), c => Assert.Null(c.Count));
        }
        Assert.Contains(cells, c => c.Status == CellStatus.PrimarySuppressed);
        Assert.Contains(cells, c => c.Status == CellStatus.SecondarySuppressed);
    }

    [Fact]
    public async Task TheLinkedDemoPairSharesItsTotalsBySex()
    {
        var pair = await hub.QueryAsync(db => db.StatisticsDatasets.AsNoTracking()
            .Where(d => d.ExternalId == "AF-STAT-2024-01" || d.ExternalId == "AF-STAT-2024-02").OrderBy(d => d.ExternalId).Select(d => d.Id).ToListAsync());
        var cells = await hub.QueryAsync(db => db.StatisticsCells.AsNoTracking().Where(c => pair.Contains(c.DatasetId)).ToListAsync());

        foreach (var sex in new[] { "F", "M", "_T" })
        {
            var byCounty = cells.Single(c => c.DatasetId == pair[0] && c.Sex == sex && c.County == "_T");
            var byAge = cells.Single(c => c.DatasetId == pair[1] && c.Sex == sex && c.AgeBand == "_T");
            Assert.Equal((byCounty.Status, byCounty.Count), (byAge.Status, byAge.Count));
        }
    }
}
