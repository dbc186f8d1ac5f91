namespace Hub.GraphQL.Transport;

/// <summary>
/// Headers that keep browsers from misusing the Hub's responses: no type sniffing on any response, and on every
/// HTML page (the GraphQL IDE, the viewer, whether an endpoint or the static files wrote it) a policy that forbids
/// framing, inline or foreign script and plugins.
/// </summary>
public static class SecurityHeaders
{
    // The IDE and the viewer load everything from the Hub and keep no script inline, so 'self' suffices (checked
    // in Chromium by IdeTests and the viewer tests, which fail on any violation). GraphiQL's stylesheet embeds its
    // fonts and icons as data: URLs; the pages' empty favicon is a data: URL; the viewer's CSV download is a blob:.
    // The one inline style: GraphiQL 3.9.0's dialogs (settings, short keys) insert a <style> that locks the page's
    // scrolling (react-remove-scroll-bar); on the IDE page it always has the same text, so its hash admits exactly
    // that text and nothing else. After a GraphiQL upgrade IdeTests fails and Chromium's message names the new hash.
    private const string GraphiQLDialogScrollLock = "'sha256-Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc='";

    public const string ContentSecurityPolicy =
        $"default-src 'self'; script-src 'self'; style-src 'self' {GraphiQLDialogScrollLock}; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>First in the pipeline, so responses that end early (static files, refusals) carry the headers too.</summary>
    public static IApplicationBuilder UseHubSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            // Whoever writes the response decides its type, so the headers are chosen when it starts.
            http.Response.OnStarting(() =>
            {
                Apply(http.Response);
                return Task.CompletedTask;
            });
            return next(http);
        });

    private static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (response.ContentType?.StartsWith(MediaTypes.Html, StringComparison.OrdinalIgnoreCase) != true) return;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // For browsers that predate frame-ancestors.
        headers.XFrameOptions = "DENY";
        // No address (which holds the viewer's search words) goes to another site. Not no-referrer: that makes
        // browsers send "Origin: null" on the pages' own POSTs to /graphql, hiding where a request came from.
        headers["Referrer-Policy"] = "same-origin";
    }
}
