using Hub.Statistics;
using Hub.Statistics.Disclosure;

namespace Hub.Tests.Statistics.Disclosure;

public sealed class DisclosureControlTests
{
    private const int Threshold = DisclosureControl.DefaultThreshold;

    [Fact]
    public void EveryMarginalTotalIsPublishedFromTheInnerCells()
    {
        var table = DisclosureControl.Protect(TestTables.SexByAge([10, 20, 30], [40, 50, 60]));

        Assert.Equal(3 * 4, table.Cells.Count);
        Assert.Equal(60, table.Cell("F", "_T").Count);
        Assert.Equal(150, table.Cell("M", "_T").Count);
        Assert.Equal(90, table.Cell("_T", "35-44").Count);
        Assert.Equal(210, table.Cell("_T", "_T").Count);
        Assert.All(table.Cells, c => Assert.Equal(CellStatus.Published, c.Status));
    }

    [Fact]
    public void ZeroIsPublishedAsZeroAndNeedsNoProtection()
    {
        var table = DisclosureControl.Protect(TestTables.SexByAge([0, 10], [7, 12]));

        var zero = table.Cell("F", "16-24");
        Assert.Equal(CellStatus.Zero, zero.Status);
        Assert.Equal(0, zero.Count);
        Assert.DoesNotContain(table.Cells, c => c.Status.IsSuppressed());
    }

    [Fact]
    public void PrimaryCellCannotBePinnedByRowAndColumnTotals()
    {
        var input = TestTables.SexByAge([1, 10], [8, 12]);

        var table = DisclosureControl.Protect(input);

        Assert.Equal(CellStatus.PrimarySuppressed, table.Cell("F", "16-24").Status);
        Assert.Null(table.Cell("F", "16-24").Count);
        // In a 2x2 table the only protection that keeps every total is the whole inner rectangle.
        Assert.Equal(CellStatus.SecondarySuppressed, table.Cell("F", "25-34").Status);
        Assert.Equal(CellStatus.SecondarySuppressed, table.Cell("M", "16-24").Status);
        Assert.Equal(CellStatus.SecondarySuppressed, table.Cell("M", "25-34").Status);
        Assert.All(table.Cells.Where(c => c.Coordinates.Contains("_T")), c => Assert.Equal(CellStatus.Published, c.Status));
        AssertSafe(table);
    }

    [Fact]
    public void SmallestCellsAreChosenForSecondarySuppression()
    {
        var table = DisclosureControl.Protect(TestTables.SexByAge([1, 10, 12], [8, 9, 15]));

        // Suppressing ages 16-24 and 25-34 hides 1+10+8+9 people; any rectangle through 35-44 would hide more.
        Assert.Equal(CellStatus.SecondarySuppressed, table.Cell("F", "25-34").Status);
        Assert.Equal(CellStatus.SecondarySuppressed, table.Cell("M", "16-24").Status);
        Assert.Equal(CellStatus.SecondarySuppressed, table.Cell("M", "25-34").Status);
        Assert.Equal(12, table.Cell("F", "35-44").Count);
        Assert.Equal(15, table.Cell("M", "35-44").Count);
        Assert.Equal(3, table.WithStatus(CellStatus.SecondarySuppressed).Count());
        AssertSafe(table);
    }

    [Fact]
    public void SingleNonzeroContributorMakesItsTotalPrimaryToo()
    {
        var table = DisclosureControl.Protect(TestTables.SexByAge([3, 0, 0], [10, 12, 9]));

        // F's total is the single small cell, so it is small as well and both are primary.
        Assert.Equal(CellStatus.PrimarySuppressed, table.Cell("F", "16-24").Status);
        Assert.Equal(CellStatus.PrimarySuppressed, table.Cell("F", "_T").Status);
        Assert.Equal(CellStatus.Zero, table.Cell("F", "25-34").Status);
        AssertSafe(table);
    }

    [Fact]
    public void TotalWithOneSmallContributorAndZerosIsNotLeftToGiveItAway()
    {
        // The 16-24 column holds one small count and a zero: its total equals the small count.
        var table = DisclosureControl.Protect(TestTables.SexByAge([4, 10, 12], [0, 9, 15]));

        Assert.Equal(CellStatus.PrimarySuppressed, table.Cell("_T", "16-24").Status);
        Assert.True(table.Cell("F", "_T").Status.IsSuppressed() || table.Cell("_T", "_T").Status.IsSuppressed()
            || table.Cells.Count(c => c.Coordinates[0] == "F" && c.Status.IsSuppressed()) >= 2);
        AssertSafe(table);
    }

    [Fact]
    public void TwoOnesWhoseSumIsPublishedAreNotBothPinned()
    {
        // 1 + 1 behind a published total of 2 would pin both cells at 1, though neither is a linear combination alone.
        var input = TestTables.SexByAge([1, 1, 20], [9, 8, 30]);

        var table = DisclosureControl.Protect(input);

        var report = AssertSafe(table);
        var first = report.Ranges.Single(r => r.Cell == "(F, 16-24)");
        Assert.True(first.Width >= 1, $"range {first.Minimum}..{first.Maximum}");
    }

    [Fact]
    public void SecondaryCellIsNeverRecomputableFromThePublishedCells()
    {
        var table = DisclosureControl.Protect(TestTables.SexByAge([2, 7, 9, 11], [6, 3, 12, 14], [8, 9, 1, 10]));

        var report = AssertSafe(table);
        Assert.All(report.Ranges.Where(r => r.Status == CellStatus.SecondarySuppressed), r => Assert.True(r.Width > 0));
        Assert.NotEmpty(table.WithStatus(CellStatus.SecondarySuppressed));
    }

    [Fact]
    public void ThresholdDecidesWhatCountsAsSmall()
    {
        var input = TestTables.SexByAge([2, 3, 10], [7, 8, 12]);

        var three = DisclosureControl.Protect(input, threshold: 3);
        var five = DisclosureControl.Protect(input, threshold: 5);

        Assert.Equal(CellStatus.PrimarySuppressed, three.Cell("F", "16-24").Status);
        Assert.NotEqual(CellStatus.PrimarySuppressed, three.Cell("F", "25-34").Status);
        Assert.Equal(CellStatus.PrimarySuppressed, five.Cell("F", "25-34").Status);
        AssertSafe(three, 3);
        AssertSafe(five, 5);
    }

    [Fact]
    public void ThresholdBelowTheMinimumIsRejected()
    {
        var input = TestTables.SexByAge([2, 3], [7, 8]);

        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Protect(input, threshold: 2));
    }

    [Fact]
    public void DuplicateCellsAreRejected()
    {
        var input = new TableInput([new Dimension("SEX", ["F", "M"])], [new(["F"], 3, null), new(["F"], 4, null)]);

        Assert.Throws<ArgumentException>(() => DisclosureControl.Protect(input));
    }

    [Fact]
    public void CellWithTheWrongNumberOfCoordinatesIsRejected()
    {
        var input = new TableInput([new Dimension("SEX", ["F", "M"])], [new(["F", "16-24"], 3, null)]);

        Assert.Throws<ArgumentException>(() => DisclosureControl.Protect(input));
    }

    [Fact]
    public void MissingCombinationsCountAsZero()
    {
        var input = new TableInput([new Dimension("SEX", ["F", "M"])], [new(["M"], 12, null)]);

        var table = DisclosureControl.Protect(input);

        Assert.Equal(CellStatus.Zero, table.Cell("F").Status);
        Assert.Equal(12, table.Cell("_T").Count);
    }

    [Fact]
    public void PopulationIsShownOnlyWithItsCount()
    {
        var input = TestTables.Grid([("SEX", ["F", "M"]), ("AGE_BAND", ["16-24", "25-34"])], [1, 10, 8, 12], [20, 40, 30, 50]);

        var table = DisclosureControl.Protect(input);

        Assert.Null(table.Cell("F", "16-24").Population);
        Assert.Null(table.Cell("M", "25-34").Population);
        Assert.Equal(60, table.Cell("F", "_T").Population);
        Assert.Equal(140, table.Cell("_T", "_T").Population);
    }

    [Fact]
    public void TotalPopulationIsUnknownWhenAnInnerPopulationIsMissing()
    {
        var input = new TableInput([new Dimension("SEX", ["F", "M"])], [new(["F"], 10, 100), new(["M"], 12, null)]);

        var table = DisclosureControl.Protect(input);

        Assert.Equal(100, table.Cell("F").Population);
        Assert.Null(table.Cell("_T").Population);
    }

    [Theory]
    [InlineData(CellStatus.Published, null)]
    [InlineData(CellStatus.Zero, null)]
    [InlineData(CellStatus.PrimarySuppressed, "A")]
    [InlineData(CellStatus.SecondarySuppressed, "D")]
    public void SuppressedStatusesCarryTheSdmxConfidentialityCodes(CellStatus status, string? code) =>
        Assert.Equal(code, status.SdmxStatus());

    [Fact]
    public void ThreeDimensionalTableIsProtected()
    {
        var input = TestTables.Grid(
            [("SEX", ["F", "M"]), ("AGE_BAND", ["16-24", "25-34", "35-44"]), ("BIRTH_REGION", ["NORDIC", "EUROPE", "OUTSIDE_EUROPE"])],
            [1, 6, 9, 0, 12, 7, 4, 8, 15, 2, 2, 11, 10, 9, 0, 13, 6, 1]);

        var table = DisclosureControl.Protect(input);

        Assert.Equal(3 * 4 * 4, table.Cells.Count);
        AssertSafe(table);
    }

    private static AuditReport AssertSafe(ProtectedTable table, int threshold = Threshold)
    {
        var report = DisclosureAuditor.Audit([table], threshold);
        Assert.True(report.IsSafe, report.ToString());
        return report;
    }
}
