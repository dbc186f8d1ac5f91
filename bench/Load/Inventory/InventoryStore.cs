using System.Text.Json;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Inventory;

/// <summary>
/// Where a generated inventory lives: a fresh temporary folder, or with --reuse a cache folder keyed by size, seed and
/// the Hub's latest migration (so a schema change regenerates it).
/// </summary>
public sealed record GeneratedInventory(string Folder, InventorySize Size, InventoryCounts Counts, bool Reused, bool Temporary)
{
    private const string Marker = "inventory.json";

    public static async Task<GeneratedInventory> PrepareAsync(InventorySize size, int seed, bool reuse, CancellationToken cancellationToken)
    {
        var migration = LatestMigration();
        var folder = reuse
            ? Path.Combine(Path.GetTempPath(), "hub-bench", $"{size.Key}-s{seed}-{migration}")
            : Directory.CreateTempSubdirectory("hub-bench-").FullName;
        var marker = Path.Combine(folder, Marker);
        if (reuse && File.Exists(marker) && JsonSerializer.Deserialize<InventoryCounts>(await File.ReadAllTextAsync(marker, cancellationToken)) is { } cached)
            return new GeneratedInventory(folder, size, cached, Reused: true, Temporary: false);

        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        Console.WriteLine($"Generating {size} in {folder} …");
        InventoryCounts counts;
        await using (var services = BenchDatabase.Services(folder))
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            counts = await new InventoryGenerator(db, seed).GenerateAsync(size, cancellationToken);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the file before the servers open it
        await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(counts), cancellationToken);
        Console.WriteLine($"  generated in {counts.Took.TotalSeconds:F1} s: {counts.Materials:N0} materials ({counts.MaterialCodes:N0} codes), " +
            $"{counts.Interventions:N0} interventions ({counts.InterventionCodes:N0} codes, {counts.Partners:N0} partners), " +
            $"{counts.Organisations} organisations, {counts.Datasets} datasets ({counts.Cells:N0} cells), {counts.SearchRows:N0} search-index rows");
        return new GeneratedInventory(folder, size, counts, Reused: false, Temporary: !reuse);
    }

    public void DeleteIfTemporary()
    {
        if (Temporary && Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    private static string LatestMigration()
    {
        using var services = BenchDatabase.Services(Path.GetTempPath());
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HubDbContext>().Database.GetMigrations().LastOrDefault() ?? "none";
    }
}
