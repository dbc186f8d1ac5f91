namespace Hub.Import;

/// <summary>The import report as the command line prints it.</summary>
public static class ImportReportText
{
    public static async Task WriteAsync(TextWriter output, string source, ImportReport report)
    {
        var what = report.Kind.ToLowerInvariant();
        if (report.Problems.Count > 0)
        {
            await output.WriteLineAsync($"Nothing was imported: {source} has {report.Problems.Count} problem(s).");
            foreach (var p in report.Problems)
                await output.WriteLineAsync($"  line {p.Line}{(p.Column is null ? "" : $", column '{p.Column}'")}: {p.Code}: {p.Message}");
            return;
        }
        var counts = report.DryRun
            ? $"would create {report.Created}, update {report.Updated} and leave {report.Unchanged} unchanged"
            : $"{report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged";
        await output.WriteLineAsync(report.DryRun
            ? $"Dry run of {what} for {report.Organisation} from {source}: {counts}. Nothing was written."
            : $"Imported {what} for {report.Organisation} from {source}: {counts}.");
    }
}
