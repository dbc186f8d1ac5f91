using System.Text;
using Hub.Cli;
using Hub.Data;
using Hub.Kinds;
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

        await using var host = await CliHost.StartAsync(settings, cancellationToken);
        var kinds = host.Services.GetRequiredService<KindRegistry>().Importable;
        if (KindOf(kinds, askedKind, file) is not { } kind)
        {
            await error.WriteLineAsync($"Say which inventory {path} holds: {string.Join(" or ", kinds.Select(k => "--kind " + k.Import!.Name.ToLowerInvariant()))}.");
            return 2;
        }
        await using var scope = host.CreateScope();
        var import = scope.ServiceProvider.GetRequiredService<InventoryImport>();
        var actor = new Actor($"cli:{Environment.UserName}", organisation, Actor.ViaCommandLine);
        var progress = new Progress(error);
        var report = await kind.ImportAsync(import, scope.ServiceProvider.GetRequiredService<HubDbContext>(), actor, organisation, file, dryRun,
            progress, cancellationToken);
        await ImportReportText.WriteAsync(output, path, report);
        return report.Problems.Count > 0 ? 1 : 0;
    }

    /// <summary>
    /// The kind asked for, or the one whose columns the file's header fits best (materials have a format, interventions
    /// a kind and status); none when two fit equally well.
    /// </summary>
    private static InventoryDescriptor? KindOf(IReadOnlyList<InventoryDescriptor> kinds, string? asked, ImportFile file)
    {
        if (asked is not null) return kinds.FirstOrDefault(k => string.Equals(k.Import!.Name, asked, StringComparison.OrdinalIgnoreCase));
        var fits = kinds.Select(k => (Kind: k, Unknown: k.UnknownColumns(file.Columns))).OrderBy(f => f.Unknown).ToList();
        return fits.Count == 1 || (fits.Count > 1 && fits[0].Unknown < fits[1].Unknown) ? fits[0].Kind : null;
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
