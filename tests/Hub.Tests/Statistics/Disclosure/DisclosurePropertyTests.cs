using CsCheck;
using Hub.Statistics;
using Hub.Statistics.Disclosure;

namespace Hub.Tests.Statistics.Disclosure;

/// <summary>
/// Random tables of two to five dimensions, protected and then attacked by the independent auditor.
/// Category counts stay small so that each linear program stays fast.
/// </summary>
public sealed class DisclosurePropertyTests
{
    private static readonly string[] Codes = ["A", "B", "C", "D", "E"];

    /// <summary>How counts are drawn: mixed, mostly small, a first category that is all small, or mostly large.</summary>
    private enum Profile { Mixed, ManySmall, SmallFirstCategory, FewSmall }

    private static readonly Gen<(int[] Sizes, int Threshold, long[] Counts)> Tables =
        from dimensions in Gen.Int[2, 5]
        from sizes in Gen.Int[2, MaximumCategories(dimensions)].Array[dimensions]
        from threshold in Gen.Int[DisclosureControl.MinimumThreshold, 6]
        from profile in Gen.Enum<Profile>()
        from counts in Counts(sizes, threshold, profile)
        select (sizes, threshold, counts);

    private static readonly Gen<(int[] Sizes, int Threshold, long[] Counts, bool BySexOnly)> LinkedTables =
        from sizes in Gen.Int[2, 4].Array[2]
        from threshold in Gen.Int[DisclosureControl.MinimumThreshold, 6]
        from profile in Gen.Enum<Profile>()
        from counts in Counts([2, .. sizes], threshold, profile)
        from bySexOnly in Gen.Int[0, 3]
        select (sizes, threshold, counts, bySexOnly == 0);

    private static readonly Gen<(int[] Sizes, int Threshold, long[] Counts)> OverlappingLinkedTables =
        from sizes in Gen.Int[2, 3].Array[3]
        from threshold in Gen.Int[DisclosureControl.MinimumThreshold, 6]
        from profile in Gen.Enum<Profile>()
        from counts in Counts([2, .. sizes], threshold, profile)
        select (sizes, threshold, counts);

    [Fact]
    public void RandomTablesPassTheAuditor() =>
        Tables.Sample((sizes, threshold, counts) =>
        {
            var input = Table(sizes, counts);
            var table = DisclosureControl.Protect(input, threshold);
            var report = DisclosureAuditor.Audit([table], threshold);
            Assert.True(report.IsSafe, report.ToString());
            AssertTruthInsideRanges(input, table, report.Ranges);
        }, iter: 300);

    [Fact]
    public void RandomTablesKeepCountsStatusesAndTotalsConsistent() =>
        Tables.Sample((sizes, threshold, counts) =>
        {
            var input = Table(sizes, counts);
            var table = DisclosureControl.Protect(input, threshold);
            Assert.Equal(sizes.Aggregate(1, (p, s) => p * (s + 1)), table.Cells.Count);
            foreach (var cell in table.Cells)
            {
                var truth = TestTables.TrueCount(input, cell);
                var expected = truth == 0 ? CellStatus.Zero : truth < threshold ? CellStatus.PrimarySuppressed : cell.Status;
                Assert.Equal(expected, cell.Status);
                Assert.True(cell.Status.IsSuppressed() ? cell.Count is null : cell.Count == truth);
            }
        }, iter: 300);

    [Fact]
    public void RandomLinkedTablesPassTheAuditorTogetherOrAreRefusedOnlyWhenNothingCouldProtectThem()
    {
        var outcomes = new LinkedOutcomes();
        LinkedTables.Sample((sizes, threshold, counts, bySexOnly) =>
        {
            var (first, second) = Breakdowns(sizes, counts, bySexOnly);
            if (outcomes.ProtectAndAudit(first, second, threshold) is var (tables, report))
                AssertTruthInsideRanges(first, tables[0], report.Ranges.Where(r => r.Table == 0));
        }, iter: 1000);
        outcomes.AssertMostWereProtected();
    }

    [Fact]
    public void RandomLinkedTablesSharingTwoDimensionsPassTheAuditorTogetherOrAreRefusedOnlyWhenNothingCouldProtectThem()
    {
        var outcomes = new LinkedOutcomes();
        OverlappingLinkedTables.Sample((sizes, threshold, counts) =>
        {
            // SEX×A×B and SEX×A×C of one SEX×A×B×C table: their common cells are the SEX×A breakdown.
            var (a, b, c) = (sizes[0], sizes[1], sizes[2]);
            var byB = new long[2 * a * b];
            var byC = new long[2 * a * c];
            for (var i = 0; i < counts.Length; i++)
            {
                var (k, j, sa) = (i % c, i / c % b, i / (c * b));
                byB[sa * b + j] += counts[i];
                byC[sa * c + k] += counts[i];
            }
            var first = TestTables.Grid([("SEX", Sexes), ("A", Categories("A", a)), ("B", Categories("B", b))], byB);
            var second = TestTables.Grid([("SEX", Sexes), ("A", Categories("A", a)), ("C", Categories("C", c))], byC);
            outcomes.ProtectAndAudit(first, second, threshold);
        }, iter: 500);
        outcomes.AssertMostWereProtected();
    }

    /// <summary>
    /// Protects a linked pair and audits it. A refusal is accepted only when even hiding every cell leaves a small
    /// cell pinned; refusals must stay rare.
    /// </summary>
    private sealed class LinkedOutcomes
    {
        private int _protected;
        private int _refused;

        public (IReadOnlyList<ProtectedTable> Tables, AuditReport Report)? ProtectAndAudit(TableInput first, TableInput second, int threshold)
        {
            IReadOnlyList<ProtectedTable> tables;
            try
            {
                tables = DisclosureControl.ProtectLinked([first, second], threshold);
            }
            catch (LinkedCellsExposedException)
            {
                var hidden = DisclosureAuditor.Audit([TestTables.AllSuppressed(first, threshold), TestTables.AllSuppressed(second, threshold)], threshold);
                Assert.False(hidden.IsSafe, "Refused linked tables that suppressing every cell would protect.");
                Interlocked.Increment(ref _refused);
                return null;
            }
            var report = DisclosureAuditor.Audit(tables, threshold);
            Assert.True(report.IsSafe, report.ToString());
            Interlocked.Increment(ref _protected);
            return (tables, report);
        }

        public void AssertMostWereProtected() =>
            Assert.True(_protected > 10 * _refused, $"{_protected} linked pairs protected, {_refused} refused.");
    }

    [Fact]
    public void ARelationThroughZeroCellsIsBrokenBySuppressingAZero()
    {
        // CsCheck seed bBSzJtqSvIf1 (threshold 3): SEX×A's women are two 1s; in SEX×B they are 0 and 2. With the zero
        // shown, the common total makes 1 + 1 = 2 and pins all three; hiding the zero leaves the 2 room to be a 1.
        var bySex = new Dimension("SEX", ["F", "M"]);
        var first = new TableInput([bySex, new Dimension("A", ["A1", "A2"])],
            [new(["F", "A1"], 1, null), new(["F", "A2"], 1, null), new(["M", "A1"], 20, null), new(["M", "A2"], 24, null)]);
        var second = new TableInput([bySex, new Dimension("B", ["B1", "B2"])],
            [new(["F", "B1"], 0, null), new(["F", "B2"], 2, null), new(["M", "B1"], 41, null), new(["M", "B2"], 3, null)]);

        var tables = DisclosureControl.ProtectLinked([first, second], 3);

        Assert.Equal(CellStatus.SecondarySuppressed, tables[1].Cell("F", "B1").Status);
        Assert.False(DisclosureAuditor.Audit([DisclosureControl.Protect(first, 3), TestTables.PrimaryOnly(second, 3)], 3).IsSafe);
        var report = DisclosureAuditor.Audit(tables, 3);
        Assert.True(report.IsSafe, report.ToString());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void LinkedTablesWhoseSmallCellsAddUpToASmallInnerCellAreRefused(int threshold)
    {
        // Women are threshold-1 ones in SEX×A; SEX alone counts them as one inner cell of threshold-1. Whatever is
        // hidden, each 1 is at least 1 and their sum at most threshold-1, so every one of them is pinned.
        var bands = Enumerable.Range(1, threshold - 1).Select(i => $"A{i}").ToArray();
        long[] men = [.. bands.Select((_, i) => 20L + i)];
        var byA = TestTables.Grid([("SEX", ["F", "M"]), ("A", bands)], [.. bands.Select(_ => 1L), .. men]);
        var bySex = TestTables.Grid([("SEX", ["F", "M"])], [threshold - 1, men.Sum()]);

        var refused = Assert.Throws<LinkedCellsExposedException>(() => DisclosureControl.ProtectLinked([byA, bySex], threshold));

        Assert.Equal(["F"], refused.Cells.Where(c => c.Table == 1).Select(c => string.Join(",", c.Coordinates)));
        Assert.Equal(bands.Select(b => $"F,{b}").Append("F,_T").Order(), refused.Cells.Where(c => c.Table == 0).Select(c => string.Join(",", c.Coordinates)).Order());
        Assert.False(DisclosureAuditor.Audit([TestTables.AllSuppressed(byA, threshold), TestTables.AllSuppressed(bySex, threshold)], threshold).IsSafe);
    }

    [Fact]
    public void SmallCellsTiedOnlyInWaysThatLeaveThemRoomAreProtected()
    {
        // Women are (1, 1) in both breakdowns: 1 + 1 = 1 + 1 lets each side trade 2 + 1 against 1 + 2.
        var byA = TestTables.Grid([("SEX", ["F", "M"]), ("A", ["A1", "A2"])], [1, 1, 20, 24]);
        var byB = TestTables.Grid([("SEX", ["F", "M"]), ("B", ["B1", "B2"])], [1, 1, 30, 14]);

        var tables = DisclosureControl.ProtectLinked([byA, byB], 3);

        var report = DisclosureAuditor.Audit(tables, 3);
        Assert.True(report.IsSafe, report.ToString());
    }

    private static readonly string[] Sexes = ["F", "M"];

    private static string[] Categories(string code, int size) => [.. Enumerable.Range(1, size).Select(k => $"{code}{k}")];

    private static int MaximumCategories(int dimensions) => dimensions switch { 2 => 5, 3 => 4, 4 => 3, _ => 2 };

    private static Gen<long[]> Counts(int[] sizes, int threshold, Profile profile)
    {
        var cells = sizes.Aggregate(1, (p, s) => p * s);
        var zero = Gen.Long[0, 0];
        var small = Gen.Long[1, threshold - 1];
        var large = Gen.Long[threshold, 40];
        var count = profile switch
        {
            Profile.ManySmall => Gen.Frequency((1, zero), (7, small), (2, large)),
            Profile.FewSmall => Gen.Frequency((1, zero), (1, small), (8, large)),
            _ => Gen.Frequency((2, zero), (4, small), (4, large)),
        };
        if (profile != Profile.SmallFirstCategory) return count.Array[cells];
        var innerPerFirstCategory = cells / sizes[0];
        return from head in Gen.Frequency((1, zero), (4, small)).Array[innerPerFirstCategory]
               from tail in count.Array[cells - innerPerFirstCategory]
               select (long[])[.. head, .. tail];
    }

    private static TableInput Table(int[] sizes, long[] counts) =>
        TestTables.Grid([.. sizes.Select((size, d) => (Codes[d], Enumerable.Range(1, size).Select(k => $"{Codes[d]}{k}").ToArray()))], counts);

    /// <summary>SEX×A and SEX×B (or SEX alone) from one SEX×A×B table, so the two describe the same people.</summary>
    private static (TableInput First, TableInput Second) Breakdowns(int[] sizes, long[] counts, bool bySexOnly)
    {
        var (a, b) = (sizes[0], sizes[1]);
        var bySexAndA = new long[2 * a];
        var bySexAndB = new long[2 * b];
        var bySex = new long[2];
        for (var s = 0; s < 2; s++)
        for (var i = 0; i < a; i++)
        for (var j = 0; j < b; j++)
        {
            var count = counts[(s * a + i) * b + j];
            bySexAndA[s * a + i] += count;
            bySexAndB[s * b + j] += count;
            bySex[s] += count;
        }
        var first = TestTables.Grid([("SEX", Sexes), ("A", Categories("A", a))], bySexAndA);
        var second = bySexOnly
            ? TestTables.Grid([("SEX", Sexes)], bySex)
            : TestTables.Grid([("SEX", Sexes), ("B", Categories("B", b))], bySexAndB);
        return (first, second);
    }

    private static void AssertTruthInsideRanges(TableInput input, ProtectedTable table, IEnumerable<CellRange> ranges)
    {
        foreach (var range in ranges)
        {
            var cell = table.Cells.Single(c => $"({string.Join(", ", c.Coordinates)})" == range.Cell);
            var truth = TestTables.TrueCount(input, cell);
            Assert.InRange(truth, range.Minimum - 1e-6, range.Maximum + 1e-6);
        }
    }
}
