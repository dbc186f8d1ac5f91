using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Tests.Viewer;

public sealed class CoverageViewTests(ViewerFixture viewer) : ViewerTest(viewer)
{
    private async Task<JsonNode> CoverageAsync(string kind, string dimension) =>
        (await QueryAsync($"{{ coverage(kind: {kind}, dimension: {dimension}) {{ entries {{ code labelSv }} organisations {{ code isPlanAgency }} cells {{ organisation {{ code }} entry {{ code }} count }} }} }}"))["coverage"]!;

    [Fact]
    public async Task TheThemeMatrixShowsTheApisCountsAndMarksEveryGap()
    {
        var coverage = await CoverageAsync("MATERIAL", "THEME");

        await OpenAsync("/viewer/coverage");

        var table = Page.Locator("table.matrix");
        await Expect(table.Locator("caption")).ToHaveTextAsync("Material per tema och organisation: antal som du får se");
        await Expect(table.Locator("tbody th[scope=row]")).ToHaveTextAsync(
            coverage["entries"]!.AsArray().Select(e => e!["labelSv"]!.GetValue<string>()).ToArray());
        var columns = await table.Locator("thead th[scope=col] abbr").AllTextContentsAsync();
        Assert.Contains("AF", columns);
        Assert.Equal(columns.Count, columns.Distinct().Count());
        foreach (var cell in coverage["cells"]!.AsArray().Where(c => columns.Contains(c!["organisation"]!["code"]!.GetValue<string>())))
        {
            var td = table.Locator($"td[data-entry='{cell!["entry"]!["code"]}'][data-org='{cell["organisation"]!["code"]}']");
            var count = cell["count"]!.GetValue<int>();
            if (count == 0)
            {
                await Expect(td).ToHaveClassAsync("gap");
                await Expect(td).ToHaveTextAsync("Lucka");
            }
            else
            {
                await Expect(td.Locator("a")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{count} "));
            }
        }
        var gaps = await table.Locator("td.gap").CountAsync();
        await Expect(Page.Locator(".coverage-summary")).ToContainTextAsync($"{gaps} av {columns.Count * coverage["entries"]!.AsArray().Count} celler är luckor.");
        await ScreenshotAsync("coverage-themes", fullPage: true);
        await DocsScreenshotAsync("viewer-coverage", fullPage: true, width: 1440);
    }

    [Fact]
    public async Task ClickingACountOpensTheListFilteredToThatCell()
    {
        var cell = (await CoverageAsync("MATERIAL", "THEME"))["cells"]!.AsArray()
            .Where(c => c!["count"]!.GetValue<int>() > 0).MaxBy(c => c!["count"]!.GetValue<int>())!;
        var theme = cell["entry"]!["code"]!.GetValue<string>();
        var org = cell["organisation"]!["code"]!.GetValue<string>();

        await OpenAsync("/viewer/coverage");
        await Page.Locator($"td[data-entry='{theme}'][data-org='{org}'] a").ClickAsync();

        await Expect(Page).ToHaveURLAsync($"{Viewer.BaseUrl}/viewer/?theme={theme}&org={org}");
        await Expect(Page.Locator("#find-material-theme")).ToHaveValueAsync(theme);
        await Expect(Page.Locator("#find-material-org")).ToHaveValueAsync(org);
        await ExpectResultsAsync(await ListAsync("materials", "MaterialFilter", new { themes = new[] { theme }, owners = new[] { org } }));
        await Expect(ResultCount).ToHaveTextAsync(CountText(cell["count"]!.GetValue<int>(), "material"));
    }

    [Theory]
    [InlineData("intervention-area", "DEVELOPMENT_AREA", "area", "developmentAreas", "Insatser per utvecklingsområde")]
    [InlineData("intervention-target", "TARGET_GROUP", "target", "targetGroups", "Insatser per målgrupp")]
    public async Task InterventionMatricesLeadToTheInterventionsOfACell(string matrix, string dimension, string param, string filterField, string title)
    {
        var cell = (await CoverageAsync("INTERVENTION", dimension))["cells"]!.AsArray().First(c => c!["count"]!.GetValue<int>() > 0)!;
        var code = cell["entry"]!["code"]!.GetValue<string>();
        var org = cell["organisation"]!["code"]!.GetValue<string>();

        await OpenAsync("/viewer/coverage");
        await Page.GetByLabel("Matris", new() { Exact = true }).SelectOptionAsync(matrix);
        await Expect(Page).ToHaveURLAsync($"{Viewer.BaseUrl}/viewer/coverage?matrix={matrix}");
        await Expect(Page.Locator("table.matrix caption")).ToHaveTextAsync($"{title} och organisation: antal som du får se");
        await ScreenshotAsync($"coverage-{matrix}");
        await Page.Locator($"td[data-entry='{code}'][data-org='{org}'] a").ClickAsync();

        await Expect(Page).ToHaveURLAsync($"{Viewer.BaseUrl}/viewer/interventions?{param}={code}&org={org}");
        await ExpectResultsAsync(await ListAsync("interventions", "InterventionFilter",
            new Dictionary<string, object> { [filterField] = new[] { code }, ["owners"] = new[] { org } }), "intervention");
    }

    [Fact]
    public async Task TheCsvDownloadHoldsTheTableAsShown()
    {
        await OpenAsync("/viewer/coverage?orgs=plan");
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Ladda ner tabellen som CSV" }).ClickAsync());
        var path = Path.Combine(ViewerFixture.ArtifactsFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllLinesAsync(path)).ToList();

        Assert.Equal("hub-coverage-material-theme-plan-sv.csv", download.SuggestedFilename);
        Assert.Equal("Tema,code,AF,FK,JAMY,MIGR,SOS,Summa", lines[0].TrimStart('\uFEFF'));
        var rows = await Page.Locator("table.matrix tbody tr").CountAsync();
        Assert.Equal(rows + 1, lines.Count);
        var firstRow = await Page.Locator("table.matrix tbody tr").First.Locator("th, td")
            .EvaluateAllAsync<string[]>("cells => cells.map(c => c.classList.contains('gap') ? '0' : (c.querySelector('a')?.firstChild?.textContent ?? c.textContent))");
        var csvFirst = lines[1].Split(',');
        Assert.Equal(firstRow[0], csvFirst[0]);
        Assert.Equal(firstRow.Skip(1), csvFirst.Skip(2));
    }

    [Fact]
    public async Task ALabelThatASpreadsheetWouldRunIsDownloadedAsText()
    {
        // Issue 12 (OWASP CSV injection): an admin's label becomes a row of the table; a spreadsheet would run it.
        const string label = "=HYPERLINK(\"https://evil.example\";\"Klicka\")";
        var created = await QueryAsync(
            "mutation($input: CreateVocabularyEntryInput!) { createVocabularyEntry(input: $input) { errors { code message } } }",
            new { input = new { scheme = "AUDIENCE", code = "-1+1", labelSv = label, labelEn = label, sortOrder = 100_000 } },
            Viewer.Hub.TokenFor("AF", "admin"));
        Assert.Empty(created["createVocabularyEntry"]!["errors"]!.AsArray());

        await OpenAsync("/viewer/coverage?matrix=material-audience&orgs=plan");
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Ladda ner tabellen som CSV" }).ClickAsync());
        var path = Path.Combine(ViewerFixture.ArtifactsFolder, "formula-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var row = (await File.ReadAllLinesAsync(path)).Single(line => line.Contains("HYPERLINK", StringComparison.Ordinal));

        const string text = "\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"Klicka\"\")\",\"'-1+1\",";
        Assert.StartsWith(text, row);
        Assert.All(row[text.Length..].Split(','), count => Assert.Equal("0", count)); // counts stay numbers
    }

    [Fact]
    public async Task TheViewersCsvFieldWritesEveryFormulaStartAsText()
    {
        await OpenAsync("/viewer/coverage");

        var fields = await Page.EvaluateAsync<string[]>("""
            async () => {
              const { csvField } = await import('/viewer/js/csv.js');
              return ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', 'Tema', 'a,b', 'x;=1', 'a "b"', 7, 0].map(csvField);
            }
            """);

        Assert.Equal(["\"'=1+1\"", "\"'+1\"", "\"'-1\"", "\"'@SUM(A1)\"", "\"'\t=1\"", "\"'\r=1\"", "Tema", "\"a,b\"", "\"x;=1\"", "\"a \"\"b\"\"\"", "7", "0"], fields);
    }
}
