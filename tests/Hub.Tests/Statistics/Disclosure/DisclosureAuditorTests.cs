using Hub.Statistics;
using Hub.Statistics.Disclosure;

namespace Hub.Tests.Statistics.Disclosure;

/// <summary>The auditor is only worth trusting if it catches under-protected tables.</summary>
public sealed class DisclosureAuditorTests
{
    [Fact]
    public void AuditorFindsThePrimaryCellWhenOnlyPrimarySuppressionIsApplied()
    {
        var input = TestTables.SexByAge([1, 10], [8, 12]);

        var report = DisclosureAuditor.Audit([TestTables.PrimaryOnly(input, 5)], 5);

        Assert.False(report.IsSafe);
        Assert.Contains(report.Problems, p => p.Contains("(F, 16-24)"));
    }

    [Fact]
    public void AuditorFindsTwoOnesPinnedByTheirPublishedSum()
    {
        // No single cell is a linear combination of published ones, yet 1 + 1 = 2 with both at least 1 pins both.
        var table = new ProtectedTable(
            [new Dimension("SEX", ["F", "M"]), new Dimension("AGE_BAND", ["16-24", "25-34", "35-44"])],
            [
                Suppressed("F", "16-24", CellStatus.PrimarySuppressed), Suppressed("F", "25-34", CellStatus.PrimarySuppressed),
                Shown("F", "35-44", 20), Shown("F", "_T", 22),
                Suppressed("M", "16-24", CellStatus.SecondarySuppressed), Suppressed("M", "25-34", CellStatus.SecondarySuppressed),
                Shown("M", "35-44", 30), Shown("M", "_T", 47),
                Shown("_T", "16-24", 10), Shown("_T", "25-34", 9), Shown("_T", "35-44", 50), Shown("_T", "_T", 69),
            ]);

        var report = DisclosureAuditor.Audit([table], 5);

        Assert.False(report.IsSafe);
        var pinned = report.Ranges.Single(r => r.Cell == "(F, 16-24)");
        Assert.Equal(1, pinned.Minimum, 6);
        Assert.Equal(1, pinned.Maximum, 6);
    }

    [Fact]
    public void AuditorFindsPublishedTotalsThatContradictTheirCells()
    {
        var table = new ProtectedTable(
            [new Dimension("SEX", ["F", "M"])],
            [Shown("F", 10), Shown("M", 12), Shown("_T", 23)]);

        var report = DisclosureAuditor.Audit([table], 5);

        Assert.False(report.IsSafe);
    }

    [Fact]
    public void AuditorAcceptsWhatDisclosureControlPublishes()
    {
        var table = DisclosureControl.Protect(TestTables.SexByAge([1, 10], [8, 12]));

        var report = DisclosureAuditor.Audit([table], 5);

        Assert.True(report.IsSafe, report.ToString());
        var primary = report.Ranges.Single(r => r.Status == CellStatus.PrimarySuppressed);
        Assert.Equal(1, primary.Minimum, 6);
        Assert.Equal(4, primary.Maximum, 6);
    }

    private static ProtectedCell Shown(params object[] parts) =>
        new([.. parts[..^1].Cast<string>()], (int)parts[^1], null, CellStatus.Published);

    private static ProtectedCell Suppressed(string sex, string age, CellStatus status) => new([sex, age], null, null, status);
}
