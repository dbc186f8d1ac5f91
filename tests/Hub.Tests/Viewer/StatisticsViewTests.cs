using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Tests.Viewer;

public sealed class StatisticsViewTests(ViewerFixture viewer) : ViewerTest(viewer)
{
    private const string Cells = "cells(first: 100) { nodes { coordinates { dimension { code } code labelSv } count sdmxStatus } }";

    private static string Camel(string dimension) =>
        string.Concat(dimension.ToLowerInvariant().Split('_').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    private static string CodeOf(JsonNode cell, string dimension) =>
        cell["coordinates"]!.AsArray().Single(c => c!["dimension"]!["code"]!.GetValue<string>() == dimension)!["code"]!.GetValue<string>();

    private static string LabelOf(JsonNode cell, string dimension) =>
        cell["coordinates"]!.AsArray().Single(c => c!["dimension"]!["code"]!.GetValue<string>() == dimension)!["labelSv"]!.GetValue<string>();

    [Fact]
    public async Task TheChartMarksASuppressedCellAsSuppressedAndNeverDrawsItAsZero()
    {
        // A public dataset and one of its suppressed cells for a group of SEX, found through the API.
        var dataset = (await QueryAsync($"{{ statisticsDatasets(first: 1) {{ nodes {{ id suppressionThreshold methodNote dimensions {{ nodes {{ code }} }} {Cells} }} }} }}"))
            ["statisticsDatasets"]!["nodes"]![0]!;
        var dimensions = dataset["dimensions"]!["nodes"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).ToList();
        var across = dimensions.First(d => d != "SEX");
        var suppressed = dataset["cells"]!["nodes"]!.AsArray().First(c => c!["sdmxStatus"] is not null && CodeOf(c, "SEX") != "_T" && CodeOf(c, across) != "_T")!;
        var at = string.Concat(dimensions.Where(d => d != "SEX" && d != across).Select(d => $"&{Camel(d)}={CodeOf(suppressed, d)}"));
        var status = suppressed["sdmxStatus"]!.GetValue<string>();

        await OpenAsync($"/viewer/statistics/{dataset["id"]}?across={across}{at}");

        var tableCell = Page.Locator($"table.stats-table td[data-row='{CodeOf(suppressed, across)}'][data-group='{CodeOf(suppressed, "SEX")}']");
        await Expect(tableCell).ToHaveTextAsync($"Undertryckt ({status})");
        await Expect(Page.Locator("figure.chart figcaption"))
            .ToContainTextAsync($"{LabelOf(suppressed, "SEX")} – {LabelOf(suppressed, across)}: Undertryckt ({status})");
        var point = await Page.Locator("figure.chart canvas").EvaluateAsync<JsonElement>(
            """
            (canvas, [group, category]) => {
              const chart = Chart.getChart(canvas);
              const d = chart.data.datasets.findIndex(s => s.label === group);
              const i = chart.data.labels.indexOf(category);
              return { value: chart.data.datasets[d].data[i], mark: chart.data.datasets[d].suppressed[i], first: chart.data.datasets[0].label };
            }
            """, new[] { LabelOf(suppressed, "SEX"), LabelOf(suppressed, across) });
        Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
        Assert.Equal(status, point.GetProperty("mark").GetString());
        Assert.Equal("Kvinnor", point.GetProperty("first").GetString());
        var threshold = dataset["suppressionThreshold"]!.GetValue<int>();
        await Expect(Page.Locator("main .facts")).ToContainTextAsync($"Antal från 1 till {threshold - 1} visas inte");
        await Expect(Page.Locator("main .facts")).ToContainTextAsync(dataset["methodNote"]!.GetValue<string>());
        await Expect(Page.Locator("figure.chart canvas[role=img]")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Stapeldiagram: "));
        await ScreenshotAsync("statistics-suppressed", fullPage: true);
    }

    [Fact]
    public async Task SignedInAsAnAgencyTheTableComparesWomenAndMenByCountyAsTheApiCounts()
    {
        var token = Viewer.Hub.TokenFor("AF");
        var dataset = (await QueryAsync($"{{ statisticsDatasets(first: 20, filter: {{ dimensions: [\"COUNTY\"] }}) {{ nodes {{ id title {Cells} }} }} }}", bearer: token))
            ["statisticsDatasets"]!["nodes"]![0]!;
        await Page.GotoAsync("/viewer/signin");
        await Page.EvaluateAsync("token => sessionStorage.setItem('hub.viewer.token', token)", token);

        await OpenAsync("/viewer/statistics");
        await Page.GetByRole(AriaRole.Link, new() { Name = dataset["title"]!.GetValue<string>() }).ClickAsync();

        await Expect(Page.Locator("main h1")).ToHaveTextAsync(dataset["title"]!.GetValue<string>());
        await Expect(Page.Locator("#stats-across")).ToHaveValueAsync("COUNTY");
        await Expect(Page.Locator("table.stats-table thead th")).ToHaveTextAsync(["Län", "Kvinnor", "Män", "Totalt"]);
        foreach (var cell in dataset["cells"]!["nodes"]!.AsArray())
        {
            var td = Page.Locator($"table.stats-table td[data-row='{CodeOf(cell!, "COUNTY")}'][data-group='{CodeOf(cell!, "SEX")}']");
            var expected = cell!["count"] is { } count ? count.GetValue<int>().ToString("N0", new System.Globalization.CultureInfo("sv-SE")) : $"Undertryckt ({cell["sdmxStatus"]})";
            await Expect(td).ToHaveTextAsync(expected);
        }
        await ScreenshotAsync("statistics-county", fullPage: true);
        await DocsScreenshotAsync("viewer-statistics", fullPage: true);
    }
}
