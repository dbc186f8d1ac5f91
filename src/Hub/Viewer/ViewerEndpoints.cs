namespace Hub.Viewer;

public static class ViewerEndpoints
{
    /// <summary>The viewer's own assets (scripts, styles) under wwwroot/viewer/ are served by the static-file middleware.</summary>
    private const string IndexFile = "viewer/index.html";

    // Everything the page loads comes from the Hub itself; nothing inline, so the strictest policy fits.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

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
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.CacheControl = "no-cache";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return Results.Stream(file.CreateReadStream(), "text/html; charset=utf-8", lastModified: file.LastModified);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
