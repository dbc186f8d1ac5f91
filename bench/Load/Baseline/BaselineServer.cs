using Hub.Bench.Inventory;
using Hub.Data;
using Hub.Vocabularies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Bench.Baseline;

/// <summary>
/// The baseline: a plain ASP.NET Core minimal-API server over the same database, registered with the Hub's own
/// AddHubData (same DbContext, provider and interceptors, one context per request), answering the benchmark's
/// operations with the same EF Core statements and the same JSON, written by System.Text.Json.
/// Started by the bench as `dotnet Hub.Bench.dll baseline --data-folder DIR --urls URL`.
/// </summary>
public static class BaselineServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dataFolder = args.SkipWhile(a => a != "--data-folder").Skip(1).FirstOrDefault()
            ?? throw new ArgumentException("baseline needs --data-folder DIR.");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args.Where(a => a != "--data-folder" && a != dataFolder).ToArray() });
        builder.Configuration.AddInMemoryCollection(BenchDatabase.Settings(dataFolder));
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHubData(builder.Configuration);
        builder.Services.AddSingleton<VocabularyCache>();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = BaselineJson.Options.Encoder;
            json.SerializerOptions.DefaultIgnoreCondition = BaselineJson.Options.DefaultIgnoreCondition;
        });

        var app = builder.Build();
        // Reports the statements each request sent, as the Hub does for X-Hub-Debug, so the bench can show both send the same.
        app.Use(async (http, next) =>
        {
            var statements = SqlStatementCounter.Begin();
            http.Response.OnStarting(() =>
            {
                http.Response.Headers["X-Hub-Sql-Statements"] = statements.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(http);
        });
        app.MapGet("/healthz", () => "ok");
        app.MapGet("/baseline/typename", () => TypedResults.Json(new GraphQLData<TypenameData>(new TypenameData("Query")), BaselineJson.Options));
        app.MapGet("/baseline/materials", async (string? theme, HubDbContext db, VocabularyCache vocabulary, CancellationToken ct) =>
            TypedResults.Json(await BaselineMaterials.ListAsync(theme, db, await vocabulary.GetAsync(ct), ct), BaselineJson.Options));
        app.MapGet("/baseline/interventions", async (string? targetGroup, HubDbContext db, VocabularyCache vocabulary, CancellationToken ct) =>
            TypedResults.Json(await BaselineInterventions.ListAsync(targetGroup, db, await vocabulary.GetAsync(ct), ct), BaselineJson.Options));
        app.MapGet("/baseline/search", async (string q, HubDbContext db, CancellationToken ct) =>
            TypedResults.Json(await BaselineSearch.SearchAsync(q, db, ct), BaselineJson.Options));
        app.MapGet("/baseline/node", async (string id, HubDbContext db, VocabularyCache vocabulary, CancellationToken ct) =>
            TypedResults.Json(await BaselineNode.MaterialAsync(id, db, await vocabulary.GetAsync(ct), ct), BaselineJson.Options));
        app.MapGet("/baseline/compare", async (string id, string by, string reference, HubDbContext db, VocabularyCache vocabulary, CancellationToken ct) =>
            TypedResults.Json(await BaselineCompare.CompareAsync(id, by, reference, db, await vocabulary.GetAsync(ct), ct), BaselineJson.Options));
        await app.RunAsync();
        return 0;
    }
}
