using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Tests.Viewer;

/// <summary>One page per test, in its own browser context, on the shared Hub and browser of <see cref="ViewerFixture"/>.</summary>
[Collection(ViewerCollection.Name)]
public abstract class ViewerTest(ViewerFixture viewer) : IAsyncLifetime
{
    static ViewerTest() => SetDefaultExpectTimeout(15_000);

    protected ViewerFixture Viewer => viewer;

    protected IPage Page { get; private set; } = null!;

    protected virtual int Width => 1280;

    /// <summary>Uncaught script errors and Content-Security-Policy violations of this test's page.</summary>
    private readonly List<string> scriptProblems = [];

    public async Task InitializeAsync()
    {
        Page = await viewer.NewPageAsync(Width);
        Page.PageError += (_, error) => scriptProblems.Add(error);
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy")) scriptProblems.Add(message.Text);
        };
    }

    public async Task DisposeAsync()
    {
        await Page.Context.CloseAsync();
        Assert.True(scriptProblems.Count == 0, $"The page reported script problems: {string.Join(" | ", scriptProblems)}");
    }

    /// <summary>Opens a viewer address as a fresh load (the same as a reload or a shared link) and waits for the view.</summary>
    protected async Task OpenAsync(string path)
    {
        await Page.GotoAsync(path);
        await ViewReadyAsync();
    }

    /// <summary>The view has drawn: a heading, and nothing loading any more.</summary>
    protected async Task ViewReadyAsync()
    {
        await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(Page.Locator("main[aria-busy], main [aria-busy]")).ToHaveCountAsync(0);
    }

    protected ILocator ResultCount => Page.Locator(".result-count");

    protected ILocator ResultTitles => Page.Locator(".results .card__title a");

    /// <summary>Asks the Hub directly, as the viewer would, optionally with a token.</summary>
    protected async Task<JsonNode> QueryAsync(string query, object? variables = null, string? bearer = null)
    {
        using var client = new HttpClient { BaseAddress = new Uri(viewer.BaseUrl) };
        var response = await client.PostGraphQLAsync(query, variables, bearer: bearer);
        return response.EnsureNoErrors().Data;
    }

    /// <summary>The total and first page of titles of a list, exactly as the API returns them.</summary>
    protected async Task<(int Total, IReadOnlyList<string> Titles)> ListAsync(string field, string filterType, object filter,
        object? orderBy = null, string? bearer = null)
    {
        var data = await QueryAsync(
            $"query($f: {filterType}, $o: ItemOrder) {{ list: {field}(filter: $f, orderBy: $o, first: 20) {{ totalCount nodes {{ title }} }} }}",
            new { f = filter, o = orderBy }, bearer);
        var list = data["list"]!;
        return (list["totalCount"]!.GetValue<int>(), list["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList());
    }

    /// <summary>The viewer shows the same count and the same titles, in the same order, as the API.</summary>
    protected async Task ExpectResultsAsync((int Total, IReadOnlyList<string> Titles) expected, string kind = "material")
    {
        await Expect(ResultCount).ToHaveTextAsync(CountText(expected.Total, kind));
        await Expect(ResultTitles).ToHaveTextAsync(expected.Titles.ToArray());
    }

    protected static string CountText(int n, string kind) => (kind, n) switch
    {
        ("material", 0) => "Inga material hittades.",
        ("material", _) => $"{n} material hittades.",
        (_, 0) => "Inga insatser hittades.",
        (_, 1) => "1 insats hittades.",
        _ => $"{n} insatser hittades.",
    };

    /// <summary>Saves what the screen shows (the whole page when asked: slower on long lists) as a test artifact.</summary>
    protected Task ScreenshotAsync(string name, bool fullPage = false) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ViewerFixture.ArtifactsFolder, $"{name}.png"), FullPage = fullPage });

    /// <summary>
    /// With HUB_VIEWER_DOCS=1 in the environment, also saves the screen as docs/{name}.png, the screenshot the
    /// documentation shows; otherwise the repository is left alone.
    /// </summary>
    protected async Task DocsScreenshotAsync(string name, bool fullPage = false, int? width = null)
    {
        if (Environment.GetEnvironmentVariable("HUB_VIEWER_DOCS") != "1") return;
        if (width is { } w) await Page.SetViewportSizeAsync(w, 900);
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Hub.sln"))) root = root.Parent;
        if (root is null) return;
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(root.FullName, "docs", $"{name}.png"), FullPage = fullPage });
    }

    /// <summary>Runs axe-core (served by the Hub from ClientApp's copy) on the page; serious and critical WCAG findings fail.</summary>
    protected async Task ExpectNoSeriousAccessibilityViolationsAsync(string view)
    {
        await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = $"{viewer.BaseUrl}/lib/axe-core/axe.min.js" });
        var violations = await Page.EvaluateAsync<JsonElement>("""
            async () => {
              // The rules of WCAG 2.0 and 2.1, levels A and AA: what the Swedish accessibility law requires.
              const result = await axe.run(document, {
                resultTypes: ['violations'],
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
            }
            """);
        Assert.True(violations.GetArrayLength() == 0, $"axe-core found serious or critical violations on {view}: {violations}");
    }
}
