using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Statistics;
using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>
/// A Hub for the statistics publishing tests of one class; each test publishes its own tables. It keeps every log
/// message, at every level, so tests can show that no raw count is ever logged.
/// </summary>
public sealed class StatisticsHub : HubFactory
{
    private readonly LogCapture logs = new();

    public IReadOnlyList<string> LogMessages => logs.Messages;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
    }

    private sealed class LogCapture : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> messages = new();

        public IReadOnlyList<string> Messages => [.. messages];

        // Request logs carry sizes and durations of responses, never their content.
        public ILogger CreateLogger(string categoryName) =>
            categoryName.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal) ? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance : new Logger(messages);

        public void Dispose()
        {
        }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}

/// <summary>The statistics mutations and queries as the tests call them.</summary>
internal static class StatisticsApi
{
    private static int year = 2100;

    public const string Payload =
        "dataset { id externalId version title visibility suppressionThreshold referencePeriod } " +
        "cellsByStatus { cells published zero suppressedPrimary suppressedSecondary } errors { code message path }";

    /// <summary>A reference period no other test uses, so tests' tables never count as linked to each other.</summary>
    public static string NextPeriod() => Interlocked.Increment(ref year).ToString(CultureInfo.InvariantCulture);

    /// <summary>A valid table input: indicator PARTICIPANTS, a fresh reference period, PUBLIC; entries given replace fields.</summary>
    public static Dictionary<string, object?> Table(string externalId, string[] dimensions, IEnumerable<object> cells,
        params (string Field, object? Value)[] changes)
    {
        var input = new Dictionary<string, object?>
        {
            ["externalId"] = externalId, ["title"] = $"Tabell {externalId}", ["indicator"] = "PARTICIPANTS",
            ["referencePeriod"] = NextPeriod(), ["dimensions"] = dimensions, ["visibility"] = "PUBLIC",
            ["methodNote"] = "Syntetiska testdata.", ["cells"] = cells.ToList(),
        };
        foreach (var (field, value) in changes) input[field] = value;
        return input;
    }

    /// <summary>A cell: count, population (null: none) and coordinates as "DIMENSION=code".</summary>
    public static object Cell(object? count, object? population, params string[] coordinates) => new Dictionary<string, object?>
    {
        ["coordinates"] = coordinates.Select(c => c.Split('=')).Select(p => new { dimension = p[0], code = p[1] }).ToList(),
        ["count"] = count,
        ["population"] = population,
    };

    /// <summary>SEX × COUNTY cells from (county, women, women's population, men, men's population).</summary>
    public static List<object> SexByCounty(params (string County, long F, long? FPopulation, long M, long? MPopulation)[] rows) =>
    [
        .. rows.Select(r => Cell(r.F, r.FPopulation, "SEX=F", $"COUNTY={r.County}")),
        .. rows.Select(r => Cell(r.M, r.MPopulation, "SEX=M", $"COUNTY={r.County}")),
    ];

    public static async Task<GraphQLResponse> SendPublishAsync(this HttpClient client, object input) =>
        await client.PostGraphQLAsync($"mutation($input: PublishStatisticsInput!) {{ publishStatistics(input: $input) {{ {Payload} }} }}", new { input });

    /// <summary>The payload of publishStatistics; fails on GraphQL errors (user errors are in the payload).</summary>
    public static async Task<JsonNode> PublishAsync(this HttpClient client, object input) =>
        (await client.SendPublishAsync(input)).EnsureNoErrors().Data["publishStatistics"]!;

    /// <summary>The published dataset; fails when the payload has user errors.</summary>
    public static async Task<JsonNode> PublishedAsync(this HttpClient client, object input)
    {
        var payload = await client.PublishAsync(input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"Expected no user errors, got {payload["errors"]!.ToJsonString()}");
        return payload["dataset"]!;
    }

    public static async Task<JsonNode> PublishLinkedAsync(this HttpClient client, params object[] datasets) =>
        (await client.PostGraphQLAsync(
            "mutation($input: PublishLinkedStatisticsInput!) { publishLinkedStatistics(input: $input) { datasets { id externalId } errors { code message path } } }",
            new { input = new { datasets } })).EnsureNoErrors().Data["publishLinkedStatistics"]!;

    /// <summary>Reads one dataset by global id with the selection given, which may use the variable $filter.</summary>
    public static async Task<JsonNode> DatasetAsync(this HttpClient client, string id, string selection, object? filter = null) =>
        (await client.PostGraphQLAsync(
            $"query($id: ID!{(selection.Contains("$filter", StringComparison.Ordinal) ? ", $filter: StatisticsCellFilter" : "")}) {{ node(id: $id) {{ ... on StatisticsDataset {{ {selection} }} }} }}",
            new { id, filter })).EnsureNoErrors().Data["node"]!;

    /// <summary>How many datasets and cells the Hub stores: a refused table must change neither.</summary>
    public static Task<(int Datasets, int Cells)> StoredAsync(this HubFactory hub) =>
        hub.QueryAsync(async db => (await db.StatisticsDatasets.CountAsync(), await db.StatisticsCells.CountAsync()));

    public static Task<List<StatisticsCell>> CellsOfAsync(this HubFactory hub, string globalId)
    {
        Assert.True(Hub.GraphQL.GlobalId.TryDecode(globalId, out _, out var id));
        return hub.QueryAsync(db => db.StatisticsCells.AsNoTracking().Where(c => c.DatasetId == id).OrderBy(c => c.Id).ToListAsync());
    }

    public static Dictionary<string, string?> CommandSettings(HubFactory hub) => hub.CommandSettings();
}
