using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Access;
using Hub.Data;
using Hub.GraphQL;
using Hub.GraphQL.Transport;
using Hub.Statistics.Export;
using Hub.Vocabularies;
using Microsoft.Extensions.Options;

namespace Hub.Statistics;

/// <summary>
/// Each dataset at stable addresses: GET /statistics/{id}.json (JSON-stat 2.0) and GET /statistics/{id}.csv, where
/// id is the dataset's global id. The same visibility rule as GraphQL: anonymous callers get PUBLIC datasets, a
/// bearer token the caller's view; a dataset you may not see answers 404 exactly as an unknown one.
/// </summary>
public static class StatisticsExportEndpoints
{
    private const string NotFoundText = "No statistics dataset has this id, or you may not see it.\n";
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    public static string JsonStatPath(string globalId) => $"/statistics/{globalId}.json";

    public static string CsvPath(string globalId) => $"/statistics/{globalId}.csv";

    public static IEndpointRouteBuilder MapStatisticsExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/statistics/{id}.json", async (string id, HttpContext http, HubDbContext db, VocabularyCache vocabularies,
            IOptions<HubOptions> hub) =>
        {
            var vocabulary = await vocabularies.GetAsync(http.RequestAborted);
            if (await LoadAsync(id, http, db, vocabulary) is not { } cube) return NotFound(http);
            // From configuration, never from the Host header: this answer is publicly cacheable.
            var href = hub.Value.Link(JsonStatPath(id));
            return Answer(http, JsonStat.Write(cube, vocabulary, href).ToJsonString(Json), "application/json; charset=utf-8");
        }).ExcludeFromDescription().RequireCors(CrossOrigin.OpenDataPolicy);

        endpoints.MapGet("/statistics/{id}.csv", async (string id, HttpContext http, HubDbContext db, VocabularyCache vocabularies) =>
        {
            var vocabulary = await vocabularies.GetAsync(http.RequestAborted);
            if (await LoadAsync(id, http, db, vocabulary) is not { } cube) return NotFound(http);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{cube.Dataset.ExternalId ?? id}.csv\"".Replace("\r", "").Replace("\n", "");
            return Answer(http, CsvExport.Write(cube), "text/csv; charset=utf-8");
        }).ExcludeFromDescription().RequireCors(CrossOrigin.OpenDataPolicy);
        return endpoints;
    }

    private static Task<DatasetCube?> LoadAsync(string id, HttpContext http, HubDbContext db, VocabularyCache.Snapshot vocabulary) =>
        GlobalId.TryDecode(id, out var type, out var key) && type == StatisticsDatasetType.TypeName
            ? DatasetCube.LoadAsync(db, vocabulary, CallerResolver.From(http.User), key, http.RequestAborted)
            : Task.FromResult<DatasetCube?>(null);

    private static IResult Answer(HttpContext http, string body, string contentType)
    {
        Headers(http);
        return Results.Text(body, contentType);
    }

    private static IResult NotFound(HttpContext http)
    {
        Headers(http);
        return Results.Text(NotFoundText, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }

    // What a caller sees depends on the token, so a shared cache must neither store nor mix the answers. Only
    // requests from browser applications (with Origin) get the open-data CORS header, so a cache keeps those apart.
    private static void Headers(HttpContext http)
    {
        http.Response.Headers.CacheControl = http.Request.Headers.Authorization.Count > 0 ? "private, no-store" : "public, max-age=60";
        http.Response.Headers.Vary = "Authorization, Origin";
    }
}
