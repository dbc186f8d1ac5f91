using System.Text.Json.Nodes;
using Hub.Statistics;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.Statistics.Publishing.StatisticsApi;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>Tables of the same people (organisation, intervention, indicator, period) are protected so that together they reveal nothing.</summary>
public sealed class LinkedTests(StatisticsHub hub) : IClassFixture<StatisticsHub>
{
    // Women 500 and men 600 in both breakdowns.
    private static readonly List<object> ByCounty = SexByCounty(("01", 300, null, 350, null), ("03", 200, null, 250, null));
    private static readonly List<object> ByAge =
    [
        Cell(260, null, "SEX=F", "AGE_BAND=25-34"), Cell(240, null, "SEX=F", "AGE_BAND=35-44"),
        Cell(320, null, "SEX=M", "AGE_BAND=25-34"), Cell(280, null, "SEX=M", "AGE_BAND=35-44"),
    ];

    // Only 3 women: their total is suppressed in both breakdowns.
    private static readonly List<object> FewWomenByCounty = SexByCounty(("01", 1, null, 350, null), ("03", 2, null, 250, null));
    private static readonly List<object> FewWomenByAge =
    [
        Cell(2, null, "SEX=F", "AGE_BAND=25-34"), Cell(1, null, "SEX=F", "AGE_BAND=35-44"),
        Cell(320, null, "SEX=M", "AGE_BAND=25-34"), Cell(280, null, "SEX=M", "AGE_BAND=35-44"),
    ];

    [Fact]
    public async Task ASecondBreakdownWhoseSharedTotalsArePublishedInBothJoinsTheFirst()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var period = NextPeriod();
        var first = await client.PublishedAsync(Table("LINK-A1", ["SEX", "COUNTY"], ByCounty, ("referencePeriod", period)));

        var second = await client.PublishedAsync(Table("LINK-A2", ["SEX", "AGE_BAND"], ByAge, ("referencePeriod", period)));

        var women = await TotalsOfWomenAsync(first, second);
        Assert.All(women, w => Assert.Equal((500L, CellStatus.Published), (w.Count!.Value, w.Status)));
    }

    [Fact]
    public async Task ASecondBreakdownThatDisagreesOnASharedTotalIsRefused()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var period = NextPeriod();
        await client.PublishedAsync(Table("LINK-B1", ["SEX", "COUNTY"], ByCounty, ("referencePeriod", period)));
        var before = await hub.StoredAsync();
        List<object> moreMen = [.. ByAge.Take(3), Cell(281, null, "SEX=M", "AGE_BAND=35-44")];

        var payload = await client.PublishAsync(Table("LINK-B2", ["SEX", "AGE_BAND"], moreMen, ("referencePeriod", period)));

        Assert.Null(payload["dataset"]);
        Assert.Contains(payload["errors"]!.AsArray(), e => e!["message"]!.GetValue<string>().Contains("(SEX=M) differs from that of the linked dataset"));
        Assert.Equal(before, await hub.StoredAsync());
    }

    [Fact]
    public async Task ASecondBreakdownIsRefusedWhenACellItSharesIsSuppressedAndOnlyAJointProtectionCouldPublishIt()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var period = NextPeriod();
        await client.PublishedAsync(Table("LINK-C1", ["SEX", "COUNTY"], FewWomenByCounty, ("referencePeriod", period)));
        var before = await hub.StoredAsync();

        var payload = await client.PublishAsync(Table("LINK-C2", ["SEX", "AGE_BAND"], FewWomenByAge, ("referencePeriod", period)));

        Assert.Null(payload["dataset"]);
        var messages = payload["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains("(SEX=F)") && m.Contains("publishLinkedStatistics"));
        Assert.All(messages, m => Assert.DoesNotMatch(@"\b[123]\b", m));
        Assert.Equal(before, await hub.StoredAsync());
    }

    [Fact]
    public async Task LinkedTablesPublishedTogetherAreProtectedJointly()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var period = NextPeriod();

        var payload = await client.PublishLinkedAsync(
            Table("LINK-D1", ["SEX", "COUNTY"], FewWomenByCounty, ("referencePeriod", period)),
            Table("LINK-D2", ["SEX", "AGE_BAND"], FewWomenByAge, ("referencePeriod", period)));

        Assert.Empty(payload["errors"]!.AsArray());
        var datasets = payload["datasets"]!.AsArray();
        Assert.Equal(["LINK-D1", "LINK-D2"], datasets.Select(d => d!["externalId"]!.GetValue<string>()));
        var first = await hub.CellsOfAsync(datasets[0]!["id"]!.GetValue<string>());
        var second = await hub.CellsOfAsync(datasets[1]!["id"]!.GetValue<string>());
        foreach (var sex in new[] { "F", "M", "_T" })
        {
            var a = first.Single(c => c.Sex == sex && c.County == "_T");
            var b = second.Single(c => c.Sex == sex && c.AgeBand == "_T");
            Assert.Equal((a.Status, a.Count), (b.Status, b.Count));
        }
        Assert.Equal(CellStatus.PrimarySuppressed, first.Single(c => c is { Sex: "F", County: "_T" }).Status);
    }

    [Fact]
    public async Task LinkedTablesWithThresholdThreeHideAZeroWhereShowingItWouldPinSmallCells()
    {
        // Women are 1 and 1 by county, 0 and 2 by age band. With the 0 shown, 1 + 1 = 2 would pin all three.
        var client = hub.CreateClientAs("AF", "publisher");
        var period = NextPeriod();

        var payload = await client.PublishLinkedAsync(
            Table("LINK-E1", ["SEX", "COUNTY"], SexByCounty(("01", 1, null, 20, null), ("03", 1, null, 24, null)), ("referencePeriod", period), ("threshold", 3)),
            Table("LINK-E2", ["SEX", "AGE_BAND"],
                [Cell(0, null, "SEX=F", "AGE_BAND=25-34"), Cell(2, null, "SEX=F", "AGE_BAND=35-44"), Cell(41, null, "SEX=M", "AGE_BAND=25-34"), Cell(3, null, "SEX=M", "AGE_BAND=35-44")],
                ("referencePeriod", period), ("threshold", 3)));

        Assert.Empty(payload["errors"]!.AsArray());
        var byAge = await hub.CellsOfAsync(payload["datasets"]![1]!["id"]!.GetValue<string>());
        var zero = byAge.Single(c => c is { Sex: "F", AgeBand: "25-34" });
        Assert.Equal((CellStatus.SecondarySuppressed, (long?)null), (zero.Status, zero.Count));
        Assert.Equal(CellStatus.PrimarySuppressed, byAge.Single(c => c is { Sex: "F", AgeBand: "35-44" }).Status);
    }

    [Fact]
    public async Task LinkedTablesWhoseSmallCellsAddUpToASmallCellAreRefusedAndNothingIsStored()
    {
        // Women are 1 and 1 by county; by sex alone they are one cell of 2, so 1 + 1 = 2 whatever is hidden.
        var client = hub.CreateClientAs("AF", "publisher");
        var period = NextPeriod();
        var before = await hub.StoredAsync();

        var payload = await client.PublishLinkedAsync(
            Table("LINK-F1", ["SEX", "COUNTY"], SexByCounty(("01", 1, null, 20, null), ("03", 1, null, 24, null)), ("referencePeriod", period), ("threshold", 3)),
            Table("LINK-F2", ["SEX"], [Cell(2, null, "SEX=F"), Cell(44, null, "SEX=M")], ("referencePeriod", period), ("threshold", 3)));

        var errors = payload["errors"]!.AsArray();
        var messages = errors.Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains("(SEX=F, COUNTY=01), (SEX=F, COUNTY=03)") && m.Contains("'Tabell LINK-F2'"));
        Assert.Contains(messages, m => m.Contains("(SEX=F)") && m.Contains("'Tabell LINK-F1'"));
        Assert.All(errors, e => Assert.Equal("INVALID_VALUE", e!["code"]!.GetValue<string>()));
        Assert.All(messages, m => Assert.DoesNotMatch(@"\b[12]\b", m));
        Assert.Equal(before, await hub.StoredAsync());
    }

    [Fact]
    public async Task RepublishingADatasetReplacesItAndKeepsWhatIsNotGiven()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var first = await client.PublishedAsync(Table("REPUBLISH-1", ["SEX", "COUNTY"], ByCounty, ("title", "Första versionen")));
        var id = first["id"]!.GetValue<string>();

        var second = await client.PublishedAsync(new Dictionary<string, object?>
        {
            ["externalId"] = "REPUBLISH-1", ["dimensions"] = new[] { "SEX", "AGE_BAND" }, ["cells"] = ByAge,
        });

        Assert.Equal((id, 2, "Första versionen"), (second["id"]!.GetValue<string>(), second["version"]!.GetValue<int>(), second["title"]!.GetValue<string>()));
        var cells = await hub.CellsOfAsync(id);
        Assert.Equal(3 * 3, cells.Count);
        Assert.All(cells, c => Assert.Null(c.County));
        var audit = await hub.AuditEntriesOfAsync(id);
        Assert.Equal(["CREATE", "UPDATE"], audit.Select(a => a.Operation));
        Assert.Contains("\"dimensions\"", audit[1].Changes);
        Assert.Contains("\"cells\"", audit[1].Changes);
        Assert.DoesNotContain("\"title\"", audit[1].Changes);
    }

    [Fact]
    public async Task RepublishingIsNotBlockedByTheDatasetItReplaces()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var period = NextPeriod();
        await client.PublishedAsync(Table("REPUBLISH-2", ["SEX", "COUNTY"], FewWomenByCounty, ("referencePeriod", period)));

        var again = await client.PublishedAsync(Table("REPUBLISH-2", ["SEX", "AGE_BAND"], FewWomenByAge, ("referencePeriod", period)));

        Assert.Equal(2, again["version"]!.GetValue<int>());
    }

    private async Task<List<StatisticsCell>> TotalsOfWomenAsync(params JsonNode[] datasets)
    {
        var women = new List<StatisticsCell>();
        foreach (var dataset in datasets)
            women.AddRange((await hub.CellsOfAsync(dataset["id"]!.GetValue<string>()))
                .Where(c => c.Sex == "F" && (c.County ?? "_T") == "_T" && (c.AgeBand ?? "_T") == "_T"));
        Assert.Equal(datasets.Length, women.Count);
        return women;
    }
}
