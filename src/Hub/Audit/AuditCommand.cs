using Hub.Cli;
using Hub.Data;

namespace Hub.Audit;

/// <summary>
/// `audit verify`: checks the hash chain of the audit trail in the database the server uses. Exit code 0 when it is
/// intact, 1 naming the first broken entry otherwise, 2 for wrong usage.
/// </summary>
public static class AuditCommand
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        if (args is not ["verify"])
        {
            await error.WriteLineAsync("Usage: audit verify");
            return 2;
        }
        await using var host = await CliHost.StartAsync(settings, cancellationToken);
        await using var scope = host.CreateScope();
        var result = await AuditChain.VerifyAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), cancellationToken);
        await (result.Intact ? output : error).WriteLineAsync(result.Message);
        return result.Intact ? 0 : 1;
    }
}
