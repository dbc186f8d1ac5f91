namespace Hub.Cli;

/// <summary>
/// The Hub's command-line verbs (`dotnet run --project src/Hub -- schema export`, …). Anything that is not a
/// verb starts the server.
/// </summary>
public static class HubCommands
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return null;
        var rest = args[1..];
        return args[0] switch
        {
            "schema" => await SchemaCommand.RunAsync(rest),
            "token" => await Auth.TokenCommand.RunAsync(rest),
            "import" => await Import.ImportCommand.RunAsync(rest),
            "audit" => await Audit.AuditCommand.RunAsync(rest),
            "statistics" => await Statistics.StatisticsCommand.RunAsync(rest),
            "help" or "--help" => Help(),
            _ => null,
        };
    }

    private static int Help()
    {
        Console.WriteLine("""
            Usage: dotnet run --project src/Hub [-- VERB …]
              (no verb)                 start the Hub (http://localhost:5000)
              schema export [FILE]      write the served schema as SDL (default schema/hub.graphql)
              token --org AF --role publisher [--expires 8h]
                                        print a development token
              import FILE --org AF [--kind materials|interventions] [--dry-run]
                                        import an inventory from CSV or JSON in one transaction
              audit verify              check the audit trail's hash chain
              statistics publish FILE --org AF
                                        anonymise and publish an aggregated table
            """);
        return 0;
    }
}
