using Hub.Statistics.Disclosure;

namespace Hub.Tests.Statistics.Disclosure;

public sealed class LinkedTablesTests
{
    private static readonly string[] Counties = ["01", "12", "14"];
    private static readonly string[] Ages = ["16-24", "25-34", "35-44"];

    // People by sex, county and age band; the two linked tables are two of its breakdowns.
    private static readonly long[,,] People =
    {
        { { 1, 6, 9 }, { 0, 12, 7 }, { 4, 8, 15 } },
        { { 2, 2, 11 }, { 10, 9, 0 }, { 13, 6, 1 } },
    };

    [Fact]
    public void CellsThatMeanTheSameGetTheSameStatusInEveryTable()
    {
        var (byCounty, byAge) = Breakdowns();

        var tables = DisclosureControl.ProtectLinked([byCounty, byAge]);

        foreach (var coordinates in new[] { new[] { "F", "_T" }, ["M", "_T"], ["_T", "_T"] })
        {
            var inCounty = tables[0].Cell(coordinates);
            var inAge = tables[1].Cell(coordinates);
            Assert.Equal(inCounty.Status, inAge.Status);
            Assert.Equal(inCounty.Count, inAge.Count);
        }
    }

    [Fact]
    public void LinkedTablesTogetherRevealNoSuppressedCell()
    {
        var (byCounty, byAge) = Breakdowns();

        var tables = DisclosureControl.ProtectLinked([byCounty, byAge]);

        var report = DisclosureAuditor.Audit(tables, DisclosureControl.DefaultThreshold);
        Assert.True(report.IsSafe, report.ToString());
    }

    [Fact]
    public void ProtectingLinkedTablesOneByOneLeaksWhatProtectingThemTogetherHides()
    {
        // SEX×A hides the sex totals to protect (F, A2) = 4; SEX×B publishes them, and 22 - 18 = 4.
        var byA = TestTables.Grid([("SEX", ["F", "M"]), ("A", ["A1", "A2"])], [18, 4, 0, 33]);
        var byB = TestTables.Grid([("SEX", ["F", "M"]), ("B", ["B1", "B2"])], [18, 4, 6, 27]);

        var oneByOne = DisclosureAuditor.Audit([DisclosureControl.Protect(byA), DisclosureControl.Protect(byB)], 5);
        var together = DisclosureAuditor.Audit(DisclosureControl.ProtectLinked([byA, byB]), 5);

        Assert.Contains(oneByOne.Problems, p => p.Contains("(F, A2)"));
        Assert.True(together.IsSafe, together.ToString());
    }

    [Fact]
    public void TableThatIsAMarginOfAnotherIsLinkedThroughItsInnerCells()
    {
        var (byCounty, _) = Breakdowns();
        var bySex = TestTables.Grid([("SEX", ["F", "M"])], [62, 54]);

        var tables = DisclosureControl.ProtectLinked([byCounty, bySex]);

        Assert.Equal(tables[0].Cell("F", "_T").Status, tables[1].Cell("F").Status);
        var report = DisclosureAuditor.Audit(tables, DisclosureControl.DefaultThreshold);
        Assert.True(report.IsSafe, report.ToString());
    }

    [Fact]
    public void LinkedTablesThatDisagreeOnACommonCellAreRejected()
    {
        var (byCounty, _) = Breakdowns();
        var bySex = TestTables.Grid([("SEX", ["F", "M"])], [60, 56]);

        Assert.Throws<ArgumentException>(() => DisclosureControl.ProtectLinked([byCounty, bySex]));
    }

    private static (TableInput ByCounty, TableInput ByAge) Breakdowns()
    {
        string[] sexes = ["F", "M"];
        var byCounty = new long[6];
        var byAge = new long[6];
        for (var s = 0; s < 2; s++)
        for (var c = 0; c < 3; c++)
        for (var a = 0; a < 3; a++)
        {
            byCounty[s * 3 + c] += People[s, c, a];
            byAge[s * 3 + a] += People[s, c, a];
        }
        return (TestTables.Grid([("SEX", sexes), ("COUNTY", Counties)], byCounty),
            TestTables.Grid([("SEX", sexes), ("AGE_BAND", Ages)], byAge));
    }
}
