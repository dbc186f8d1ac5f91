using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Tests.Viewer;

public sealed class FindTests(ViewerFixture viewer) : ViewerTest(viewer)
{
    [Fact]
    public async Task TheSearchBoxFindsMaterialsByWordAndPutsTheSearchInTheUrl()
    {
        await OpenAsync("/viewer/");
        await Page.GetByLabel("Sök efter ord").FillAsync("tolk");
        await Page.GetByLabel("Sök efter ord").PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/viewer/\?q=tolk$"));
        await ExpectResultsAsync(await ListAsync("materials", "MaterialFilter", new { text = "tolk" }));
        await ScreenshotAsync("find-search");
        await DocsScreenshotAsync("viewer");
    }

    [Theory]
    [InlineData("org", "MIGR", "owners")]
    [InlineData("theme", "GENDER_EQUALITY", "themes")]
    [InlineData("format", "FILM", "formats")]
    [InlineData("audience", "MANAGERS", "audiences")]
    [InlineData("language", "en", "languages")]
    [InlineData("area", "INFORMATION", "developmentAreas")]
    public async Task EachMaterialFilterNarrowsTheListAsTheApiDoes(string param, string code, string filterField)
    {
        var expected = await ListAsync("materials", "MaterialFilter", new Dictionary<string, object> { [filterField] = new[] { code } });
        Assert.InRange(expected.Total, 1, 39); // the demo data must make the filter visibly narrow the 40 public materials

        await OpenAsync("/viewer/");
        await Page.SelectOptionAsync($"#find-material-{param}", code);

        await Expect(Page).ToHaveURLAsync($"{Viewer.BaseUrl}/viewer/?{param}={code}");
        await ExpectResultsAsync(expected);
    }

    [Theory]
    [InlineData("org", "AF", "owners")]
    [InlineData("area", "EQUAL_ACCESS", "developmentAreas")]
    [InlineData("target", "FAMILY_MIGRANTS", "targetGroups")]
    [InlineData("kind", "SUPPORT", "kinds")]
    public async Task EachInterventionFilterNarrowsTheListAsTheApiDoes(string param, string code, string filterField)
    {
        var expected = await ListAsync("interventions", "InterventionFilter", new Dictionary<string, object> { [filterField] = new[] { code } });
        Assert.True(expected.Total > 0);

        await OpenAsync("/viewer/interventions");
        await Page.SelectOptionAsync($"#find-intervention-{param}", code);

        await Expect(Page).ToHaveURLAsync($"{Viewer.BaseUrl}/viewer/interventions?{param}={code}");
        await ExpectResultsAsync(expected, "intervention");
    }

    [Fact]
    public async Task SortingByLastChangeOrdersAsTheApiDoes()
    {
        await OpenAsync("/viewer/");
        await Page.GetByLabel("Sortera").SelectOptionAsync("updated");

        await Expect(Page).ToHaveURLAsync($"{Viewer.BaseUrl}/viewer/?sort=updated");
        await ExpectResultsAsync(await ListAsync("materials", "MaterialFilter", new { }, new { field = "UPDATED_AT", direction = "DESC" }));
    }

    [Fact]
    public async Task PagingWalksForwardAndBackWithCursors()
    {
        var all = await QueryAsync("{ materials(first: 40) { totalCount nodes { title } } }");
        var titles = all["materials"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
        Assert.True(all["materials"]!["totalCount"]!.GetValue<int>() > 20, "The demo data should fill more than one page.");

        await OpenAsync("/viewer/");
        await Expect(ResultTitles).ToHaveTextAsync(titles.Take(20).ToArray());
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nästa sida" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/viewer/\?after="));
        await Expect(ResultTitles).ToHaveTextAsync(titles.Skip(20).Take(20).ToArray());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Träffar" })).ToBeFocusedAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Föregående sida" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/viewer/\?before="));
        await Expect(ResultTitles).ToHaveTextAsync(titles.Take(20).ToArray());
    }

    [Fact]
    public async Task ASearchInTheUrlFillsTheFormAndTheListOnReload()
    {
        await OpenAsync("/viewer/?q=tolk&theme=INTERPRETING");

        await Expect(Page.GetByLabel("Sök efter ord")).ToHaveValueAsync("tolk");
        await Expect(Page.Locator("#find-material-theme")).ToHaveValueAsync("INTERPRETING");
        await ExpectResultsAsync(await ListAsync("materials", "MaterialFilter", new { text = "tolk", themes = new[] { "INTERPRETING" } }));
    }

    [Fact]
    public async Task TheBackButtonReturnsToThePreviousSearch()
    {
        await OpenAsync("/viewer/?theme=HEALTH");
        await Page.SelectOptionAsync("#find-material-theme", "CHILDCARE");
        await Expect(Page).ToHaveURLAsync($"{Viewer.BaseUrl}/viewer/?theme=CHILDCARE");
        await ExpectResultsAsync(await ListAsync("materials", "MaterialFilter", new { themes = new[] { "CHILDCARE" } }));

        await Page.GoBackAsync();

        await Expect(Page).ToHaveURLAsync($"{Viewer.BaseUrl}/viewer/?theme=HEALTH");
        await Expect(Page.Locator("#find-material-theme")).ToHaveValueAsync("HEALTH");
        await ExpectResultsAsync(await ListAsync("materials", "MaterialFilter", new { themes = new[] { "HEALTH" } }));
    }

    [Fact]
    public async Task AKeyboardAloneCanSearchAndOpenAResult()
    {
        await OpenAsync("/viewer/");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till huvudinnehållet" })).ToBeFocusedAsync();

        var searchBox = Page.GetByLabel("Sök efter ord");
        await TabUntilAsync(searchBox);
        await Page.Keyboard.TypeAsync("bemötande");
        await Page.Keyboard.PressAsync("Enter");
        var expected = await ListAsync("materials", "MaterialFilter", new { text = "bemötande" });
        await ExpectResultsAsync(expected);

        var firstResult = ResultTitles.First;
        await TabUntilAsync(firstResult);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/viewer/materials/"));
        var heading = Page.Locator("main h1");
        await Expect(heading).ToHaveTextAsync(expected.Titles[0]);
        await Expect(heading).ToBeFocusedAsync();
        await ScreenshotAsync("keyboard-detail");
    }

    [Fact]
    public async Task TheSkipLinkMovesFocusToTheMainContent()
    {
        await OpenAsync("/viewer/coverage");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.Locator("main")).ToBeFocusedAsync();
    }

    /// <summary>Presses Tab until the element has focus; fails if it is not reached within a page's worth of stops.</summary>
    private async Task TabUntilAsync(ILocator target)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement")) return;
            await Page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail("Tab never reached the element.");
    }
}
