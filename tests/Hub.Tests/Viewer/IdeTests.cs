using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Tests.Viewer;

/// <summary>
/// The GraphQL IDE (GraphiQL) at GET /graphql in the viewer tests' Chromium: it must work under the Hub's
/// Content-Security-Policy. <see cref="ViewerTest"/> fails the test on any policy violation or script error.
/// </summary>
public sealed class IdeTests(ViewerFixture viewer) : ViewerTest(viewer)
{
    [Fact]
    public async Task TheIdeLoadsAndRunsAQueryUnderTheContentSecurityPolicy()
    {
        var response = await Page.GotoAsync("/graphql");

        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy"));
        await Expect(Page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await Page.Locator(".graphiql-execute-button").ClickAsync();
        await Expect(Page.Locator(".graphiql-response")).ToContainTextAsync("\"organisations\"");
        // The documentation explorer and the settings dialog render on demand; they must load under the policy too.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        await Expect(Page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Open settings dialog" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await ScreenshotAsync("graphql-ide");
    }
}
