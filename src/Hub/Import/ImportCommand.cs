using System.Text;
using Hub.Cli;
using Hub.Data;
using Hub.Interventions;
using Hub.Materials;
using Hub.Publishing;

namespace Hub.Import;

/// <summary>
/// `import FILE --org AF [--kind materials|interventions] [--dry-run]`: imports an inventory from CSV or JSON in one
/// transaction. Exit code 0 when applied (or a clean dry run), 1 when the file has problems (nothing applied), 2 for
/// wrong usage. Progress goes to stderr, the report to stdout.
/// </summary>
public static class ImportCommand
{
    private const string Usage = "Usage: import FILE --org AF [--kind materials|interventions] [--dry-run]";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        if (ImportArguments.Parse(args) is not { } arguments)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        var (path, organisation, askedKind, dryRun) = arguments;
        path = Locate(path);
        string content;
        try
        {
            content = await File.ReadAllTextAsync(path, new UTF8Encoding(false, throwOnInvalidBytes: true), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            await error.WriteLineAsync(e is DecoderFallbackException
                ? $"{path} is not UTF-8 text. Save it as \"CSV UTF-8\" (or JSON) and try again."
                : $"Cannot read {path}: {e.Message}");
            return 1;
        }
        var format = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) || content.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('[')
            ? ImportFormat.Json : ImportFormat.Csv;
        var file = ImportFile.Read(format, content);
        if (KindOf(askedKind, file) is not { } kind)
        {
            await error.WriteLineAsync($"Say which inventory {path} holds: --kind materials or --kind interventions.");
            return 2;
        }

        await using var host = await CliHost.StartAsync(settings, cancellationToken);
        await using var scope = host.CreateScope();
        var import = scope.ServiceProvider.GetRequiredService<InventoryImport>();
        var actor = new Actor($"cli:{Environment.UserName}", organisation, Actor.ViaCommandLine);
        var progress = new Progress(error);
        var report = await import.RunAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), actor, organisation, kind, file, dryRun,
            progress, cancellationToken);
        await ImportReportText.WriteAsync(output, path, report);
        return report.Problems.Count > 0 ? 1 : 0;
    }

    /// <summary>The kind asked for, or the one whose columns the file's header fits (materials have a format, interventions a kind and status).</summary>
    private static InventoryKind? KindOf(string? asked, ImportFile file)
    {
        if (asked is not null)
            return Enum.TryParse<InventoryKind>(asked, ignoreCase: true, out var kind) ? kind : null;
        var materials = ImportColumns.Unknown(MaterialInputs.Kind, file.Columns);
        var interventions = ImportColumns.Unknown(InterventionInputs.Kind, file.Columns);
        return materials < interventions ? InventoryKind.Materials : interventions < materials ? InventoryKind.Interventions : null;
    }

    /// <summary>
    /// The file, also when the path is relative to a folder above the working directory: `dotnet run --project
    /// src/Hub` runs in src/Hub, while the user gave the path from where they stand (usually the repository root).
    /// </summary>
    private static string Locate(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path)) return path;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()).Parent; dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, path))) return Path.Combine(dir.FullName, path);
        return path;
    }

    /// <summary>Writes each message at once: a process killed mid-way has said how far it got.</summary>
    private sealed class Progress(TextWriter error) : IProgress<string>
    {
        public void Report(string value)
        {
            error.WriteLine(value);
            error.Flush();
        }
    }
}
