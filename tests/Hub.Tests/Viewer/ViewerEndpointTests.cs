using System.Net;
using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Tests.Viewer;

/// <summary>How the Hub serves the viewer over plain HTTP, without a browser.</summary>
public sealed class ViewerEndpointTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private HttpClient Client() => hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task ABrowserAskingForTheRootIsSentToTheViewer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/viewer/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AProgramAskingForTheRootIsToldWhereTheApiIs()
    {
        using var response = await Client().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/graphql", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/viewer")]
    [InlineData("/viewer/")]
    [InlineData("/viewer/?q=tolk&theme=INTERPRETING")]
    [InlineData("/viewer/materials/Q29tcGV0ZW5jZU1hdGVyaWFsOjE")]
    [InlineData("/viewer/coverage?matrix=intervention-target")]
    public async Task EveryViewerAddressAnswersWithThePageSoDeepLinksWorkOnReload(string path)
    {
        using var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/viewer/js/app.js\"></script>", await response.Content.ReadAsStringAsync());
        Assert.StartsWith("default-src 'self'; script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/viewer/js/app.js", "text/javascript")]
    [InlineData("/viewer/viewer.css", "text/css")]
    [InlineData("/lib/axe-core/axe.min.js", "text/javascript")]
    public async Task TheViewersAssetsComeFromTheHubItself(string path, string mediaType)
    {
        using var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NoViewerFileLoadsAnythingFromAnotherSite()
    {
        var folder = Path.Combine(FindRepositoryRoot(), "src", "Hub", "wwwroot", "viewer");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotMatch(@"import\s[^;]*from\s+['""](https?:)?//", text);
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hub.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Hub.sln not found above the test assembly.");
    }
}
