using Hub.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Tests.Viewer;

public sealed class SessionAndLanguageTests(ViewerFixture viewer) : ViewerTest(viewer)
{
    private ILocator WhoseView => Page.Locator("#whose-view");

    /// <summary>A material only the agencies of the plan may see, owned by someone other than FK.</summary>
    private async Task<string> AgencyOnlyTitleAsync() =>
        (await QueryAsync("{ materials(first: 1, filter: { visibility: [AGENCIES], owners: [\"MIGR\"] }) { nodes { title } } }",
            bearer: Viewer.Hub.TokenFor("AF")))["materials"]!["nodes"]![0]!["title"]!.GetValue<string>();

    [Fact]
    public async Task DevelopmentSignInAsFkShowsWhatTheAgenciesShareAndSignOutHidesItAgain()
    {
        var title = await AgencyOnlyTitleAsync();
        var search = $"/viewer/?q={Uri.EscapeDataString(title)}";
        await OpenAsync(search);
        await Expect(WhoseView).ToHaveTextAsync("Du ser det som är offentligt – du är inte inloggad.");
        await Expect(ResultCount).ToHaveTextAsync("Inga material hittades.");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Logga in" }).ClickAsync();
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Logga in");
        await Page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync("FK");
        await Page.GetByLabel("Roll", new() { Exact = true }).SelectOptionAsync("reader");
        await ScreenshotAsync("sign-in");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hämta token och logga in" }).ClickAsync();

        await Expect(WhoseView).ToHaveTextAsync("Du ser det som är synligt för Försäkringskassan (läsare).");
        // Back where the visitor came from (compared as a pattern: Playwright re-encodes a plain expected URL).
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(search) + "$"));
        await Expect(ResultTitles.Filter(new() { HasText = title })).ToHaveCountAsync(1);
        await ScreenshotAsync("signed-in-as-fk");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Expect(WhoseView).ToHaveTextAsync("Du ser det som är offentligt – du är inte inloggad.");
        await OpenAsync(search);
        await Expect(ResultCount).ToHaveTextAsync("Inga material hittades.");
    }

    [Fact]
    public async Task APastedTokenSignsInAndStaysForTheTabOnly()
    {
        await OpenAsync("/viewer/signin");
        await Page.GetByLabel("Token (bearer-token från din organisation)").FillAsync(Viewer.Hub.TokenFor("MIGR", "publisher"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga in med token" }).ClickAsync();

        await Expect(WhoseView).ToHaveTextAsync("Du ser det som är synligt för Migrationsverket (publicerare).");
        await Page.ReloadAsync();
        await ViewReadyAsync();
        await Expect(WhoseView).ToHaveTextAsync("Du ser det som är synligt för Migrationsverket (publicerare).");
        Assert.NotNull(await Page.EvaluateAsync<string?>("() => sessionStorage.getItem('hub.viewer.token')"));
        Assert.Null(await Page.EvaluateAsync<string?>("() => localStorage.getItem('hub.viewer.token')"));
    }

    [Fact]
    public async Task ATokenTheHubRejectsLeavesTheVisitorAnonymousWithAReason()
    {
        await OpenAsync("/viewer/signin");
        await Page.GetByLabel("Token (bearer-token från din organisation)").FillAsync("not-a-token");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga in med token" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Hubben godtog inte token.");
        await Expect(WhoseView).ToHaveTextAsync("Du ser det som är offentligt – du är inte inloggad.");
    }

    [Fact]
    public async Task TheEnglishSwitchTranslatesTheViewerAndVocabularyLabelsAndIsRemembered()
    {
        var theme = (await QueryAsync("{ vocabulary(scheme: THEME, first: 1) { nodes { code labelSv labelEn } } }"))["vocabulary"]!["nodes"]![0]!;
        var expected = await ListAsync("materials", "MaterialFilter", new { themes = new[] { theme["code"]!.GetValue<string>() } });
        await OpenAsync($"/viewer/?theme={theme["code"]}");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Expect(Page.Locator("#find-material-theme option:checked")).ToHaveTextAsync(theme["labelSv"]!.GetValue<string>());

        await Page.GetByRole(AriaRole.Button, new() { Name = "In English" }).ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Find competence-development materials");
        await Expect(Page.Locator("#find-material-theme option:checked")).ToHaveTextAsync(theme["labelEn"]!.GetValue<string>());
        await Expect(ResultCount).ToHaveTextAsync(expected.Total == 1 ? "1 material found." : $"{expected.Total} materials found.");
        await Expect(WhoseView).ToHaveTextAsync("You are viewing what is public – you are not signed in.");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "På svenska" })).ToBeFocusedAsync();

        await OpenAsync("/viewer/coverage");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.Locator("table.matrix tbody th").First).ToHaveTextAsync(theme["labelEn"]!.GetValue<string>());
        await ScreenshotAsync("coverage-english");
    }
}
