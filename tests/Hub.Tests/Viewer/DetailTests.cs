using Hub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Hub.Tests.Viewer;

public sealed class DetailTests(ViewerFixture viewer) : ViewerTest(viewer)
{
    private static readonly string[] MaterialFields =
    [
        "Ägare", "Format", "Teman", "Målgrupp för materialet", "Språk", "Utvecklingsområden", "Tidsåtgång", "Plattform",
        "Webblänk", "Licens", "Kontakt", "Senast granskad", "Synlighet", "Publicerad i Hubben", "Senast ändrad", "Avvecklad",
        "Version", "Ägarens id", "Hubbens id",
    ];

    private static readonly string[] InterventionFields =
    [
        "Ägare", "Typ", "Status", "Utvecklingsområden", "Målgrupper", "Län", "Startdatum", "Slutdatum", "Nivå i resultatkedjan",
        "Samverkanspartner", "Webblänk", "Kontakt", "Synlighet", "Publicerad i Hubben", "Senast ändrad", "Avvecklad", "Version",
        "Ägarens id", "Hubbens id",
    ];

    [Fact]
    public async Task ADeepLinkToAMaterialShowsEveryFieldAndSurvivesAReload()
    {
        var material = (await QueryAsync("""
            { materials(first: 1, filter: { text: "tolk socialtjänsten" }) { nodes {
                id title externalId platform licence format { labelSv } themes { nodes { labelSv } } owner { name code } } } }
            """))["materials"]!["nodes"]![0]!;
        var path = $"/viewer/materials/{material["id"]}";

        await OpenAsync(path);
        await Page.ReloadAsync();
        await ViewReadyAsync();

        await Expect(Page.Locator("main h1")).ToHaveTextAsync(material["title"]!.GetValue<string>());
        await Expect(Page.Locator("main .facts dt")).ToHaveTextAsync(MaterialFields);
        var facts = Page.Locator("main .facts");
        await Expect(facts).ToContainTextAsync($"{material["owner"]!["name"]} ({material["owner"]!["code"]})");
        await Expect(facts).ToContainTextAsync(material["format"]!["labelSv"]!.GetValue<string>());
        foreach (var theme in material["themes"]!["nodes"]!.AsArray()) await Expect(facts).ToContainTextAsync(theme!["labelSv"]!.GetValue<string>());
        await Expect(facts).ToContainTextAsync(material["externalId"]!.GetValue<string>());
        await Expect(facts).ToContainTextAsync(material["id"]!.GetValue<string>());
        await Expect(Page).ToHaveTitleAsync($"{material["title"]} – Hubben");
        await ScreenshotAsync("detail-material", fullPage: true);
    }

    [Fact]
    public async Task ADeepLinkToAnInterventionShowsEveryFieldIncludingPartners()
    {
        var intervention = (await QueryAsync("""
            { interventions(first: 50) { nodes { id title summary partners(first: 100) { nodes { code } } } } }
            """))["interventions"]!["nodes"]!.AsArray().First(n => n!["partners"]!["nodes"]!.AsArray().Count > 0)!;

        await OpenAsync($"/viewer/interventions/{intervention["id"]}");

        await Expect(Page.Locator("main h1")).ToHaveTextAsync(intervention["title"]!.GetValue<string>());
        await Expect(Page.Locator("main .facts dt")).ToHaveTextAsync(InterventionFields);
        foreach (var partner in intervention["partners"]!["nodes"]!.AsArray())
            await Expect(Page.Locator("main .facts")).ToContainTextAsync($"({partner!["code"]})");
        await ScreenshotAsync("detail-intervention");
    }

    [Fact]
    public async Task AnItemTheVisitorMayNotSeeIsNotFoundLikeAnUnknownOne()
    {
        var agencyOnly = (await QueryAsync("{ materials(first: 1, filter: { visibility: [AGENCIES] }) { nodes { id } } }",
            bearer: Viewer.Hub.TokenFor("MIGR")))["materials"]!["nodes"]![0]!["id"]!.GetValue<string>();

        await OpenAsync($"/viewer/materials/{agencyOnly}");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Hittades inte");

        await OpenAsync("/viewer/materials/Q29tcGV0ZW5jZU1hdGVyaWFsOjk5OTk5");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Hittades inte");
    }

    [Fact]
    public async Task AnAddressOutsideTheViewerSaysThePageDoesNotExist()
    {
        await OpenAsync("/viewer/no/such/page");

        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Sidan finns inte");
    }
}
