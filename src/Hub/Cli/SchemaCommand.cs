using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Hub.GraphQL;

namespace Hub.Cli;

/// <summary>`schema export`: writes the SDL the server serves, so every schema change is a reviewed diff.</summary>
public static class SchemaCommand
{
    public const string DefaultPath = "schema/hub.graphql";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "export")
        {
            Console.Error.WriteLine("Usage: schema export [FILE]");
            return 2;
        }
        var path = args.Length > 1 ? args[1] : FindRepositoryPath(DefaultPath);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubGraphQL();
        await using var provider = services.BuildServiceProvider();
        await File.WriteAllTextAsync(path, Print(provider.GetRequiredService<HubSchema>()));
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
        return 0;
    }

    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary>Resolves a repository-relative path from wherever the command runs inside the repository.</summary>
    private static string FindRepositoryPath(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln"))) return Path.Combine(dir.FullName, relative);
        return relative;
    }
}
