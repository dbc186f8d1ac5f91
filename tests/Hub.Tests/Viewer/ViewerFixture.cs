using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hub.Tests.Viewer;

/// <summary>
/// The real Hub (same Program, its own data folder and demo data, Development) listening on a real port, and one
/// headless Debian Chromium for all viewer tests. Each test opens its own browser context and page, so storage
/// (language, token) never leaks between tests.
/// </summary>
public sealed class ViewerFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public HubFactory Hub { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go: next to the test assembly, git-ignored (tests/**/artifacts/).</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "viewer");

    public async Task InitializeAsync()
    {
        // Fail loudly: a missing browser must not turn the viewer's proof into silently skipped tests.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"The viewer's browser tests need Debian's Chromium at {ChromiumPath}, which is missing. Install it with " +
                "`apt-get install -y chromium` (the test script .ci/run does this). Playwright's own browser download is not used.");
        Hub.UseKestrel(0);
        Hub.StartServer();
        var addresses = Hub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ArtifactsFolder);
    }

    /// <summary>A fresh page (own context: no cookies, storage or token) of the given width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "sv-SE",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await Hub.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ViewerCollection : ICollectionFixture<ViewerFixture>
{
    public const string Name = "Viewer";
}
