using Hub.Data;
using Hub.Publishing;
using Hub.Vocabularies;

namespace Hub.Cli;

/// <summary>
/// The Hub's services for a command-line verb, configured exactly as the server is (appsettings, environment
/// variables such as Hub__DataFolder, the same environment name), with the database brought up to date as the
/// server does when it starts. Nothing listens: the web server is built but never started. Logs go to stderr so a
/// verb's output on stdout stays clean.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CliHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Settings that win over every other source (tests use them for Hub:DataFolder).</param>
    public static async Task<CliHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddHubData(builder.Configuration);
        builder.Services.AddSingleton<VocabularyCache>();
        builder.Services.AddHubPublishing();
        var app = builder.Build();
        // Only the database's start-up work runs (migrations, demo data on an empty database), not the web server.
        foreach (var initializer in app.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>())
            await initializer.StartAsync(cancellationToken);
        return new CliHost(app);
    }

    public AsyncServiceScope CreateScope() => _app.Services.CreateAsyncScope();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
