using System.Diagnostics;
using Hub.Bench.Baseline;
using Hub.Bench.Inventory;
using Hub.Access;
using Hub.Data;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Diagnostics;

/// <summary>
/// `explain --data-folder DIR --contexts`: the material list's CPU cost per request with the DbContext set up in
/// different ways, one request after another, measured as this process's CPU time (robust on a busy machine). It shows
/// how much of a cheap request goes to creating the context and opening connections rather than to the query.
/// </summary>
public static class ContextExperiments
{
    private const int Requests = 400;
    private static bool Print;

    public static async Task RunAsync(string folder)
    {
        var connectionString = $"Data Source={Path.Combine(folder, BenchDatabase.FileName)}";
        await using var hubServices = BenchDatabase.Services(folder, s => s.AddSingleton<VocabularyCache>());
        var vocabulary = await hubServices.GetRequiredService<VocabularyCache>().GetAsync(default);
        var plainOptions = new DbContextOptionsBuilder<HubDbContext>().UseSqlite(connectionString).Options;
        var pooled = new PooledDbContextFactory<HubDbContext>(
            new DbContextOptionsBuilder<HubDbContext>().UseSqlite(connectionString).AddInterceptors(SqlStatementCounterFor(hubServices)).Options);

        var oneParameter = new PooledDbContextFactory<HubDbContext>(new DbContextOptionsBuilder<HubDbContext>()
            .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)).Options);

        // Two passes, the first only to warm up (JIT tiering): otherwise the first variant pays for everyone's warm-up.
        for (var pass = 0; pass < 2; pass++)
        {
            Print = pass == 1;
            await MeasureAsync("as the Hub: AddHubData context per request (options built per context, interceptors, 3 connection opens)", vocabulary,
                () => { var scope = hubServices.CreateAsyncScope(); return Task.FromResult<(HubDbContext, IAsyncDisposable?)>((scope.ServiceProvider.GetRequiredService<HubDbContext>(), scope)); }, openOnce: false);
            await MeasureAsync("as the Hub, but the connection opened once per request", vocabulary,
                () => { var scope = hubServices.CreateAsyncScope(); return Task.FromResult<(HubDbContext, IAsyncDisposable?)>((scope.ServiceProvider.GetRequiredService<HubDbContext>(), scope)); }, openOnce: true);
            await MeasureAsync("plain context (fixed options, no interceptors: no PRAGMAs on open), 3 opens", vocabulary,
                () => Task.FromResult<(HubDbContext, IAsyncDisposable?)>((new HubDbContext(plainOptions), null)), openOnce: false);
            await MeasureAsync("plain context, connection opened once per request", vocabulary,
                () => Task.FromResult<(HubDbContext, IAsyncDisposable?)>((new HubDbContext(plainOptions), null)), openOnce: true);
            await MeasureAsync("pooled context factory (fixed options), connection opened once", vocabulary,
                () => Task.FromResult<(HubDbContext, IAsyncDisposable?)>((pooled.CreateDbContext(), null)), openOnce: true);
            await MeasureAsync("  … and id lists sent as one JSON parameter (UseParameterizedCollectionMode(Parameter))", vocabulary,
                () => Task.FromResult<(HubDbContext, IAsyncDisposable?)>((oneParameter.CreateDbContext(), null)), openOnce: true);
        }

        // Where the rest goes: the three statements alone, on a pooled context with its connection open.
        var filter = new Hub.Materials.MaterialFilter { Themes = ["EQUAL_TREATMENT"] };
        var ids = Enumerable.Range(1, 20).ToList();
        var ownerIds = Enumerable.Range(1, 10).ToList();
        await StatementAsync("  the keyset page (SELECT of 21 full rows, EXISTS on the theme)", pooled, db =>
            Hub.Data.Paging.ItemOrderings<Hub.Materials.CompetenceMaterial>.Default.PageAsync(
                filter.Apply(db.Materials.AsNoTracking().VisibleTo(Hub.Access.Caller.Anonymous), db), new Hub.Data.Paging.PageRequest(20, null, null, null), default));
        await StatementAsync("  the same page, only Id and Title selected", pooled, db =>
            filter.Apply(db.Materials.AsNoTracking().VisibleTo(Hub.Access.Caller.Anonymous), db).OrderBy(m => m.Title).ThenBy(m => m.Id).Take(21)
                .Select(m => new { m.Id, m.Title }).ToListAsync());
        await StatementAsync("  owners by id (IN over 10 parameters)", pooled, db => db.Organisations.AsNoTracking().Where(o => ownerIds.Contains(o.Id)).ToListAsync());
        await StatementAsync("  codes by material id (IN over 20 parameters)", pooled, db => db.MaterialCodes.AsNoTracking().Where(c => ids.Contains(c.MaterialId)).ToListAsync());
        await StatementAsync("  an empty context: create, open, dispose", pooled, _ => Task.CompletedTask);
    }

    private static async Task StatementAsync(string name, PooledDbContextFactory<HubDbContext> factory, Func<HubDbContext, Task> run)
    {
        for (var i = 0; i < Requests / 4; i++) await OneAsync();
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        for (var i = 0; i < Requests; i++) await OneAsync();
        self.Refresh();
        Console.WriteLine($"{(self.TotalProcessorTime - cpu).TotalMilliseconds / Requests,6:F2} CPU ms/request  {name}");

        async Task OneAsync()
        {
            await using var db = factory.CreateDbContext();
            await db.Database.OpenConnectionAsync();
            await run(db);
        }
    }

    private static Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor SqlStatementCounterFor(IServiceProvider services) =>
        services.GetRequiredService<SqlStatementCounter>();

    private static async Task MeasureAsync(string name, VocabularyCache.Snapshot vocabulary,
        Func<Task<(HubDbContext Db, IAsyncDisposable? Scope)>> context, bool openOnce)
    {
        for (var i = 0; i < Requests / 4; i++) await OneAsync(); // warm-up (JIT)
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        for (var i = 0; i < Requests; i++) await OneAsync();
        self.Refresh();
        if (Print) Console.WriteLine($"{(self.TotalProcessorTime - cpu).TotalMilliseconds / Requests,6:F2} CPU ms/request  {name}");

        async Task OneAsync()
        {
            var (db, scope) = await context();
            try
            {
                if (openOnce) await db.Database.OpenConnectionAsync();
                await BaselineMaterials.ListAsync("EQUAL_TREATMENT", db, vocabulary, default);
            }
            finally
            {
                if (scope is not null) await scope.DisposeAsync(); // disposes the context it created
                else await db.DisposeAsync();
            }
        }
    }
}
