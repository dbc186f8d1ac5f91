using System.Data.Common;
using System.Diagnostics;
using Hub.Bench.Baseline;
using Hub.Bench.Inventory;
using Hub.Bench.Operations;
using Hub.Data;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Diagnostics;

/// <summary>
/// `explain --data-folder DIR`: runs each baseline operation (the Hub's own statements) alone, and prints every SQL
/// statement with its time and SQLite's query plan. The evidence behind the hot spots named in RESULTS.md.
/// </summary>
public static class SqlExplain
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = args.SkipWhile(a => a != "--data-folder").Skip(1).FirstOrDefault() ?? throw new ArgumentException("explain needs --data-folder DIR.");
        if (args.Contains("--contexts"))
        {
            await ContextExperiments.RunAsync(folder);
            return 0;
        }
        var recorder = new Recorder();
        await using var services = BenchDatabase.Services(folder, s => s
            .AddSingleton<VocabularyCache>()
            .ConfigureDbContext<HubDbContext>(options => options.AddInterceptors(recorder)));
        var operations = await OperationCatalogue.CreateAsync(folder, 2026, withCompare: true, CancellationToken.None);
        var nodeId = QueryValue(operations.First(o => o.Key == "node"), "id");
        var datasetId = QueryValue(operations.First(o => o.Key == "compare"), "id");
        List<(string Name, Func<HubDbContext, VocabularyCache.Snapshot, Task> Run)> runs =
        [
            ("materials theme=EQUAL_TREATMENT", (db, v) => BaselineMaterials.ListAsync("EQUAL_TREATMENT", db, v, default)),
            ("interventions targetGroup=FAMILY_MIGRANTS", (db, v) => BaselineInterventions.ListAsync("FAMILY_MIGRANTS", db, v, default)),
            .. OperationCatalogue.SearchTerms.Select(term => ($"search {term}", (Func<HubDbContext, VocabularyCache.Snapshot, Task>)((db, _) => BaselineSearch.SearchAsync(term, db, default)))),
            ("node", (db, v) => BaselineNode.MaterialAsync(Uri.UnescapeDataString(nodeId), db, v, default)),
            ("compare", (db, v) => BaselineCompare.CompareAsync(Uri.UnescapeDataString(datasetId), "SEX", "M", db, v, default)),
        ];
        var vocabulary = await services.GetRequiredService<VocabularyCache>().GetAsync(default);
        foreach (var (name, run) in runs)
        {
            await using (var warm = services.CreateAsyncScope()) await run(warm.ServiceProvider.GetRequiredService<HubDbContext>(), vocabulary);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var repeated = Stopwatch.StartNew();
            const int repeats = 10;
            for (var i = 0; i < repeats; i++)
            {
                await using var again = services.CreateAsyncScope();
                await run(again.ServiceProvider.GetRequiredService<HubDbContext>(), vocabulary);
            }
            var each = repeated.Elapsed.TotalMilliseconds / repeats;
            var parallel = await InParallelAsync(services, run, vocabulary, workers: 32, TimeSpan.FromSeconds(3));
            recorder.Commands.Clear();
            var total = Stopwatch.StartNew();
            await run(db, vocabulary);
            Console.WriteLine($"=== {name}: {total.Elapsed.TotalMilliseconds:F1} ms (mean of {repeats} runs one after another: {each:F1} ms; 32 in parallel in-process: {parallel:F0}/s), {recorder.Commands.Count} statements");
            foreach (var (sql, parameters, ms) in recorder.Commands.ToList())
            {
                Console.WriteLine($"--- {ms:F1} ms");
                Console.WriteLine(sql);
                await PlanAsync(db, sql, parameters);
            }
        }
        return 0;
    }

    private static string QueryValue(Operation operation, string name) =>
        new Uri("http://x" + operation.BaselineVariant(0).RequestUri).Query.TrimStart('?').Split('&')
            .Select(p => p.Split('=')).First(p => p[0] == name)[1];

    /// <summary>Operations per second with many at once and no HTTP: whether the database itself scales with concurrency.</summary>
    private static async Task<double> InParallelAsync(IServiceProvider services, Func<HubDbContext, VocabularyCache.Snapshot, Task> run,
        VocabularyCache.Snapshot vocabulary, int workers, TimeSpan duration)
    {
        long done = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (stopwatch.Elapsed < duration)
            {
                await using var scope = services.CreateAsyncScope();
                await run(scope.ServiceProvider.GetRequiredService<HubDbContext>(), vocabulary);
                Interlocked.Increment(ref done);
            }
        })));
        return done / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task PlanAsync(HubDbContext db, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) Console.WriteLine($"    plan: {reader.GetString(3)}");
    }

    /// <summary>Notes each statement's text, parameters and time.</summary>
    private sealed class Recorder : DbCommandInterceptor
    {
        public List<(string Sql, IReadOnlyList<(string, object?)> Parameters, double Ms)> Commands { get; } = [];

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList(), eventData.Duration.TotalMilliseconds));
            return ValueTask.FromResult(result);
        }
    }
}
