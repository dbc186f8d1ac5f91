using System.Text;
using Hub.Cli;
using Hub.Data;
using Hub.Publishing;
using Hub.Statistics.Publishing;

namespace Hub.Statistics;

/// <summary>
/// `statistics publish FILE --org AF [...]`: anonymises and publishes an aggregated table from a CSV file, in one
/// transaction recorded in the audit trail. Exit code 0 when published, 1 when the table has problems (nothing
/// stored), 2 for wrong usage. Output never quotes a count of the file.
/// </summary>
public static class StatisticsCommand
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        if (StatisticsArguments.Parse(args) is not { } arguments)
        {
            await error.WriteLineAsync(StatisticsArguments.Usage);
            return 2;
        }
        string content;
        try
        {
            content = await File.ReadAllTextAsync(arguments.Path, new UTF8Encoding(false, throwOnInvalidBytes: true), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            await error.WriteLineAsync(e is DecoderFallbackException
                ? $"{arguments.Path} is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."
                : $"Cannot read {arguments.Path}: {e.Message}");
            return 1;
        }

        await using var host = await CliHost.StartAsync(settings, cancellationToken);
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var actor = new Actor($"cli:{Environment.UserName}", arguments.Organisation, Actor.ViaCommandLine);
        await using var session = await scope.ServiceProvider.GetRequiredService<Publisher>().BeginAsync(db, actor, cancellationToken);
        if (session.Context.OrganisationId(arguments.Organisation) is not { } organisationId)
        {
            await error.WriteLineAsync($"No organisation has the code {arguments.Organisation}.");
            return 2;
        }

        var fileName = Path.GetFileName(arguments.Path);
        var problems = new List<TableProblem>();
        var submission = StatisticsCsv.Read(content, fileName, arguments, session.Context.Vocabulary, problems);
        var result = submission is null
            ? new PublicationResult([], problems)
            : await StatisticsPublication.PublishAsync(db, session.Context.Vocabulary, new PublishingOrganisation(organisationId),
                [submission], session.Context.Now, cancellationToken);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"Nothing was published: {fileName} has {result.Problems.Count} problem(s).");
            foreach (var p in result.Problems) await output.WriteLineAsync($"  {p.Where}: {p.Code}: {p.Message}");
            return 1;
        }

        var table = result.Tables[0];
        session.Record(StatisticsDatasetKind.Instance, table.Dataset, table.Created ? ItemMutations.Create : ItemMutations.Update, table.Changes);
        await session.CommitAsync(cancellationToken);
        var (dataset, counts) = (table.Dataset, table.Counts);
        var id = GraphQL.GlobalId.Encode(StatisticsDatasetType.TypeName, dataset.Id);
        await output.WriteLineAsync(
            $"Published '{dataset.Title}' for {arguments.Organisation} ({(table.Created ? "new dataset" : $"replaced, version {dataset.Version}")}, id {id}): " +
            $"{counts.Cells} cells, {counts.Published} published, {counts.Zero} zero, {counts.PrimarySuppressed} suppressed (A), {counts.SecondarySuppressed} suppressed (D).");
        await output.WriteLineAsync($"Exports: {StatisticsExportEndpoints.JsonStatPath(id)} and {StatisticsExportEndpoints.CsvPath(id)}");
        return 0;
    }
}
