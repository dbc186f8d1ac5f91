using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Statistics.Publishing.StatisticsApi;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>cells and compare read published cells only, selected in SQL by coordinates.</summary>
public sealed class QueryTests(StatisticsHub hub) : IClassFixture<StatisticsHub>
{
    // Women take part at 4 %, men at 12 %; in Gotland (09) the women are too few to show, in Västernorrland (22) the men.
    private static readonly List<object> Referred = SexByCounty(
        ("01", 84, 2100, 222, 1850), ("03", 17, 420, 47, 390), ("09", 3, 75, 60, 500), ("22", 40, 1000, 2, 17));

    private const string Compare = "compare(by: SEX, reference: \"M\", filter: $filter) { coordinates { dimension { code } code } reference groups { group { code labelSv } isReference count rate ratio reason countRatio cell { status sdmxStatus } } }";

    [Fact]
    public async Task CompareGivesWomensRateRelativeToMens()
    {
        var id = await PublishAsync("COMPARE-1", Referred);

        var comparisons = await CompareAsync(id, null);

        var groups = Assert.Single(comparisons)!["groups"]!.AsArray();
        var women = groups.Single(g => g!["group"]!["code"]!.GetValue<string>() == "F")!;
        var men = groups.Single(g => g!["group"]!["code"]!.GetValue<string>() == "M")!;
        var (womenRate, menRate) = (144.0 / 3595, 331.0 / 2757);
        Assert.Equal(144, women["count"]!.GetValue<int>());
        Assert.Equal(womenRate, women["rate"]!.GetValue<double>(), 9);
        Assert.Equal(womenRate / menRate, women["ratio"]!.GetValue<double>(), 9);
        Assert.Equal(144.0 / 331, women["countRatio"]!.GetValue<double>(), 9);
        Assert.Null(women["reason"]);
        Assert.True(men["isReference"]!.GetValue<bool>());
        Assert.Equal(1.0, men["ratio"]!.GetValue<double>());
        Assert.Equal("Kvinnor", women["group"]!["labelSv"]!.GetValue<string>());
    }

    [Fact]
    public async Task CompareGivesNoRatioButAReasonWhereSuppressionPreventsIt()
    {
        var id = await PublishAsync("COMPARE-2", Referred);

        var comparisons = await CompareAsync(id, new { county = new[] { "01", "03", "09", "22" } });

        Assert.Equal(4, comparisons.Count);
        var gotland = Groups(comparisons, "09")["F"];
        Assert.Equal(("SUPPRESSED", "A"), (gotland["reason"]!.GetValue<string>(), gotland["cell"]!["sdmxStatus"]!.GetValue<string>()));
        Assert.Null(gotland["ratio"]);
        Assert.Null(gotland["count"]);
        // Wherever a ratio is missing, the reason follows from what is published.
        foreach (var county in new[] { "01", "03", "09", "22" })
        {
            var (women, men) = (Groups(comparisons, county)["F"], Groups(comparisons, county)["M"]);
            var expected = women["count"] is null ? "SUPPRESSED" : men["count"] is null ? "REFERENCE_SUPPRESSED" : null;
            Assert.Equal(expected, women["reason"]?.GetValue<string>());
            Assert.Equal(expected is null, women["ratio"] is not null);
        }
    }

    [Fact]
    public async Task CompareSaysSoWhenTheReferenceGroupIsSuppressed()
    {
        // Only 3 people aged 35–44: that age band is suppressed, the largest one shown.
        List<object> cells =
        [
            Cell(300, 1000, "SEX=F", "AGE_BAND=16-24"), Cell(320, 1000, "SEX=M", "AGE_BAND=16-24"),
            Cell(100, 1000, "SEX=F", "AGE_BAND=25-34"), Cell(110, 1000, "SEX=M", "AGE_BAND=25-34"),
            Cell(1, 10, "SEX=F", "AGE_BAND=35-44"), Cell(2, 10, "SEX=M", "AGE_BAND=35-44"),
        ];
        var dataset = await hub.CreateClientAs("AF", "publisher").PublishedAsync(Table("COMPARE-5", ["SEX", "AGE_BAND"], cells));

        var groups = (await hub.CreateClient().DatasetAsync(dataset["id"]!.GetValue<string>(),
            "compare(by: AGE_BAND, reference: \"35-44\") { groups { group { code } count ratio reason } }"))["compare"]![0]!["groups"]!.AsArray()
            .ToDictionary(g => g!["group"]!["code"]!.GetValue<string>(), g => g!);

        Assert.Equal(620, groups["16-24"]["count"]!.GetValue<int>());
        Assert.Equal("REFERENCE_SUPPRESSED", groups["16-24"]["reason"]!.GetValue<string>());
        Assert.Equal("SUPPRESSED", groups["35-44"]["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task CompareSaysWhenThereIsNoPopulationToGiveARate()
    {
        var id = await PublishAsync("COMPARE-3", SexByCounty(("01", 84, null, 222, null), ("03", 17, null, 47, null)));

        var women = Groups(await CompareAsync(id, null), "_T")["F"];

        Assert.Equal("NO_POPULATION", women["reason"]!.GetValue<string>());
        Assert.Equal(101.0 / 269, women["countRatio"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task CompareAcrossPeriodsGivesOneComparisonPerPeriod()
    {
        List<object> quarters = [.. new[] { "2024-Q1", "2024-Q2", "2024-Q3" }.SelectMany((q, i) => new[]
        {
            Cell(100 + (10 * i), 1000, "SEX=F", $"PERIOD={q}"), Cell(200, 1000, "SEX=M", $"PERIOD={q}"),
        })];
        var dataset = await hub.CreateClientAs("MIGR", "publisher").PublishedAsync(Table("COMPARE-4", ["SEX", "PERIOD"], quarters));

        var comparisons = (await hub.CreateClient().DatasetAsync(dataset["id"]!.GetValue<string>(),
            "compare(by: SEX, reference: \"M\", filter: { period: [\"2024-Q1\", \"2024-Q2\", \"2024-Q3\"] }) { coordinates { code } groups { group { code } ratio } }"))["compare"]!.AsArray();

        Assert.Equal(["2024-Q1", "2024-Q2", "2024-Q3"], comparisons.Select(c => c!["coordinates"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal([0.5, 0.55, 0.6], comparisons.Select(c => Math.Round(c!["groups"]![0]!["ratio"]!.GetValue<double>(), 9)));
    }

    [Fact]
    public async Task CellsAreSelectedByCoordinatesIncludingTotalsAndByStatus()
    {
        var id = await PublishAsync("CELLS-1", Referred);
        var client = hub.CreateClient();
        const string Selection = "cells(filter: $filter, first: 100) { nodes { coordinates { dimension { code } code labelSv isTotal } count population rate status sdmxStatus } }";

        var stockholm = (await client.DatasetAsync(id, Selection, new { sex = new[] { "_T" }, county = new[] { "01" } }))["cells"]!["nodes"]!.AsArray();
        var suppressed = (await client.DatasetAsync(id, Selection, new { status = new[] { "SUPPRESSED_PRIMARY" } }))["cells"]!["nodes"]!.AsArray();
        var all = (await client.DatasetAsync(id, Selection))["cells"]!["nodes"]!.AsArray();

        var cell = Assert.Single(stockholm)!;
        Assert.Equal((306, 3950), (cell["count"]!.GetValue<int>(), cell["population"]!.GetValue<int>()));
        Assert.Equal(306.0 / 3950, cell["rate"]!.GetValue<double>(), 9);
        Assert.Equal(["_T", "01"], cell["coordinates"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal("Stockholms län", cell["coordinates"]![1]!["labelSv"]!.GetValue<string>());
        Assert.True(cell["coordinates"]![0]!["isTotal"]!.GetValue<bool>());
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, c => Assert.Equal(("SUPPRESSED_PRIMARY", "A"), (c!["status"]!.GetValue<string>(), c["sdmxStatus"]!.GetValue<string>())));
        Assert.All(suppressed, c => Assert.Null(c!["count"]));
        Assert.Equal(3 * 5, all.Count);
    }

    [Fact]
    public async Task AFilterWithACodeOutsideTheDimensionIsRefused()
    {
        var id = await PublishAsync("CELLS-2", Referred);

        var response = await hub.CreateClient().PostGraphQLAsync(
            "query($id: ID!) { node(id: $id) { ... on StatisticsDataset { cells(filter: { county: [\"99\"] }) { nodes { count } } } } }", new { id });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains("`99` is not a category of COUNTY", response.Body);
    }

    private async Task<string> PublishAsync(string externalId, List<object> cells) =>
        (await hub.CreateClientAs("AF", "publisher").PublishedAsync(Table(externalId, ["SEX", "COUNTY"], cells)))["id"]!.GetValue<string>();

    private async Task<JsonArray> CompareAsync(string id, object? filter) =>
        (await hub.CreateClient().PostGraphQLAsync(
            $"query($id: ID!, $filter: StatisticsCellFilter) {{ node(id: $id) {{ ... on StatisticsDataset {{ {Compare} }} }} }}", new { id, filter }))
        .EnsureNoErrors().Data["node"]!["compare"]!.AsArray();

    /// <summary>The groups of the comparison made at one county, by sex.</summary>
    private static Dictionary<string, JsonNode> Groups(JsonArray comparisons, string county) =>
        comparisons.Single(c => c!["coordinates"]!.AsArray().Any(x => x!["dimension"]!["code"]!.GetValue<string>() == "COUNTY" && x["code"]!.GetValue<string>() == county))!
            ["groups"]!.AsArray().ToDictionary(g => g!["group"]!["code"]!.GetValue<string>(), g => g!);
}
