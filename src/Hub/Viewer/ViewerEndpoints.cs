namespace Hub.Viewer;

public static class ViewerEndpoints
{
    /// <summary>The viewer's own assets (scripts, styles) under wwwroot/viewer/ are served by the static-file middleware.</summary>
    private const string IndexFile = "viewer/index.html";

    /// <summary>The competence inventory viewer at /viewer; a browser asking for / is sent there.</summary>
    public static IEndpointRouteBuilder MapViewer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpRequest request) => WantsHtml(request)
            ? Results.Redirect("/viewer/")
            : Results.Text("The Hub. GraphQL over HTTP: POST /graphql. Viewer for people: /viewer/\n", "text/plain; charset=utf-8"))
            .ExcludeFromDescription();

        // The viewer routes in the browser (history.pushState), so every deep link (/viewer/materials/<id>,
        // /viewer/?q=…) must answer with the same page on reload. "nonfile" leaves /viewer/app.js to static files.
        endpoints.MapGet("/viewer/{**path:nonfile}", (HttpContext http, IWebHostEnvironment environment) =>
        {
            var file = environment.WebRootFileProvider.GetFileInfo(IndexFile);
            if (!file.Exists) return Results.Problem("The viewer's files are missing from wwwroot/viewer.", statusCode: 500);
            // The Content-Security-Policy and the other page headers come from SecurityHeaders, as for every page.
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Stream(file.CreateReadStream(), "text/html; charset=utf-8", lastModified: file.LastModified);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
