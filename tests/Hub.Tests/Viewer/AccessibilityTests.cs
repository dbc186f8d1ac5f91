using static Microsoft.Playwright.Assertions;

namespace Hub.Tests.Viewer;

/// <summary>Every view scanned by axe-core and laid out on a 390-pixel phone; a few again in English on the phone.</summary>
public sealed class AccessibilityTests(ViewerFixture viewer) : ViewerTest(viewer)
{
    public static TheoryData<string> Views => new()
    {
        "find", "find-results", "interventions", "material", "intervention", "coverage", "coverage-targets", "statistics", "dataset",
        "signin", "not-found",
    };

    private async Task<string> PathOfAsync(string view) => view switch
    {
        "find" => "/viewer/",
        "find-results" => "/viewer/?q=bem%C3%B6tande&theme=EQUAL_TREATMENT",
        "interventions" => "/viewer/interventions",
        "material" => $"/viewer/materials/{await FirstIdAsync("materials")}",
        "intervention" => $"/viewer/interventions/{await FirstIdAsync("interventions")}",
        "coverage" => "/viewer/coverage",
        "coverage-targets" => "/viewer/coverage?matrix=intervention-target&orgs=all",
        "statistics" => "/viewer/statistics",
        "dataset" => $"/viewer/statistics/{await FirstIdAsync("statisticsDatasets")}",
        "signin" => "/viewer/signin",
        _ => "/viewer/no-such-page",
    };

    private async Task<string> FirstIdAsync(string list) =>
        (await QueryAsync($"{{ {list}(first: 1) {{ nodes {{ id }} }} }}"))[list]!["nodes"]![0]!["id"]!.GetValue<string>();

    [Theory]
    [MemberData(nameof(Views))]
    public async Task TheViewHasNoSeriousAccessibilityViolationsAndFitsAPhone(string view)
    {
        await OpenAsync(await PathOfAsync(view));

        await Expect(Page.Locator("h1")).ToHaveCountAsync(1);
        await ExpectNoSeriousAccessibilityViolationsAsync(view);
        await ScreenshotAsync($"{view}-desktop");

        await Page.SetViewportSizeAsync(390, 844);
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{view} scrolls sideways by {overflow} px at 390 px.");
        await ScreenshotAsync($"{view}-phone");
    }

    [Theory]
    [InlineData("find-results")]
    [InlineData("coverage")]
    [InlineData("dataset")]
    public async Task TheEnglishViewOnAPhoneHasNoSeriousAccessibilityViolations(string view)
    {
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync("/viewer/signin");
        await Page.EvaluateAsync("() => localStorage.setItem('hub.viewer.lang', 'en')");
        await OpenAsync(await PathOfAsync(view));

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await ExpectNoSeriousAccessibilityViolationsAsync($"{view} (390 px, English)");
        await ScreenshotAsync($"{view}-phone-en");
    }
}
