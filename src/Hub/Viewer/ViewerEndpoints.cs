namespace Hub.Viewer;

public static class ViewerEndpoints
{
    /// <summary>The competence inventory viewer at /viewer; a browser asking for / is sent there.</summary>
    public static IEndpointRouteBuilder MapViewer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Redirect("/graphql"));
        return endpoints;
    }
}
