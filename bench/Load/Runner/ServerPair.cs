using System.Text;
using Hub.Auth;
using Hub.Bench.Inventory;
using Hub.Bench.Servers;

namespace Hub.Bench.Runner;

/// <summary>The Hub (its own built Hub.dll, Production) and the baseline, both over one generated database.</summary>
public sealed class ServerPair : IAsyncDisposable
{
    private ServerPair(ServerProcess hub, ServerProcess baseline)
    {
        Hub = hub;
        Baseline = baseline;
    }

    public ServerProcess Hub { get; }
    public ServerProcess Baseline { get; }

    public static async Task<ServerPair> StartAsync(GeneratedInventory inventory, bool resultCache)
    {
        var hub = await StartHubAsync(inventory, resultCache);
        try
        {
            var baseline = await ServerProcess.StartAsync("Baseline", typeof(BenchMain).Assembly.Location, ["baseline", "--data-folder", inventory.Folder],
                new Dictionary<string, string>(), Path.Combine(inventory.Folder, "baseline.log"),
                async client => (await client.GetAsync("/healthz")).IsSuccessStatusCode);
            return new ServerPair(hub, baseline);
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    /// <summary>The Hub alone, configured for the bench: its data folder, a development issuer, rate limits lifted.</summary>
    public static Task<ServerProcess> StartHubAsync(GeneratedInventory inventory, bool resultCache) =>
        ServerProcess.StartAsync("Hub", HubDll(), [], new Dictionary<string, string>
        {
            ["Hub__DataFolder"] = inventory.Folder,
            ["Hub__LoadDemoData"] = "false",
            // Only so the bench can also measure an authenticated caller; anonymous requests are unaffected.
            ["Hub__Auth__DevelopmentIssuer__Enabled"] = "true",
            // The bench is one client sending thousands of requests a second: lift the per-caller rate limits (the limiter
            // stays in the pipeline and is measured) so that they do not answer 429 instead of running the operations.
            ["Hub__RateLimit__PermitsPerMinute"] = "1000000000",
            ["Hub__RateLimit__AnonymousPermitsPerMinute"] = "1000000000",
            ["Hub__ResultCache__Enabled"] = resultCache ? "true" : "false",
        }, Path.Combine(inventory.Folder, "hub.log"), async client =>
        {
            using var content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/graphql", content);
            return response.IsSuccessStatusCode;
        });

    /// <summary>A token of an AF reader from the development issuer that <see cref="StartHubAsync"/> enables, signed with the inventory's key.</summary>
    public static string ReaderToken(GeneratedInventory inventory) =>
        DevelopmentTokens.Create(DevelopmentSigningKey.LoadOrCreate(inventory.Folder), "hub", "AF", ["reader"]).Token;

    /// <summary>An AF publisher: the callers allowed the large body limit.</summary>
    public static string PublisherToken(GeneratedInventory inventory) =>
        DevelopmentTokens.Create(DevelopmentSigningKey.LoadOrCreate(inventory.Folder), "hub", "AF", ["publisher"]).Token;

    /// <summary>The Hub as built alongside this bench (src/Hub/bin/&lt;configuration&gt;/&lt;framework&gt;/Hub.dll).</summary>
    public static string HubDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "src", "Hub", "Hub.csproj"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Run the bench from the repository (src/Hub/Hub.csproj not found above the bench's output).");
        var dll = Path.Combine(root.FullName, "src", "Hub", "bin", configuration, framework, "Hub.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The Hub is not built at {dll}.", dll);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "src", "Hub", "Hub.csproj"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    public async ValueTask DisposeAsync()
    {
        await Baseline.DisposeAsync();
        await Hub.DisposeAsync();
    }
}
