using Hub.Import;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Publishing;

/// <summary>`import FILE --org AF …` through the command's own entry point, against a test's database.</summary>
public sealed class ImportCommandTests(PublishingHub hub) : IClassFixture<PublishingHub>
{
    [Fact]
    public async Task TheCommandImportsAFileAndRecordsTheChangesAsMadeFromTheCommandLine()
    {
        var path = await WriteAsync("cli.csv", "externalId;title;format;visibility\r\nCLI-1;Från kommandoraden;Vägledning;offentlig\r\n");

        var (exit, output, _) = await RunAsync(path, "--org", "MIGR");

        Assert.Equal(0, exit);
        Assert.Contains("Imported materials for MIGR", output);
        Assert.Contains("1 created, 0 updated, 0 unchanged", output);
        var entry = await hub.QueryAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).LastAsync());
        Assert.Equal(("CLI", "MIGR", "CREATE"), (entry.Via, entry.Organisation, entry.Operation));
        Assert.StartsWith("cli:", entry.Subject);
    }

    [Fact]
    public async Task TheCommandReportsEveryProblemAndExitsWithOne()
    {
        var path = await WriteAsync("bad.csv", "externalId,title,format,visibility\nBAD-1,,GUIDE,PUBLIC\nBAD-2,Ok,FLYER,PUBLIC\n");

        var (exit, output, _) = await RunAsync(path, "--org", "MIGR", "--kind", "materials");

        Assert.Equal(1, exit);
        Assert.Contains("Nothing was imported", output);
        Assert.Contains("line 2, column 'title': REQUIRED", output);
        Assert.Contains("line 3, column 'format': UNKNOWN_CODE", output);
    }

    [Fact]
    public async Task ADryRunFromTheCommandLineWritesNothing()
    {
        var path = await WriteAsync("dry.csv", "externalId,title,format,visibility\nCLI-DRY-1,Provkörning,GUIDE,PUBLIC\n");
        var audit = await hub.QueryAsync(db => db.AuditEntries.CountAsync());

        var (exit, output, _) = await RunAsync(path, "--org", "MIGR", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("would create 1, update 0 and leave 0 unchanged. Nothing was written.", output);
        Assert.Equal(audit, await hub.QueryAsync(db => db.AuditEntries.CountAsync()));
        Assert.False(await hub.QueryAsync(db => db.Materials.AnyAsync(m => m.ExternalId == "CLI-DRY-1")));
    }

    [Theory]
    [InlineData("materials.csv", "materials")]
    [InlineData("materials-sv.csv", "materials")]
    [InlineData("interventions.csv", "interventions")]
    [InlineData("interventions-sv.csv", "interventions")]
    public async Task TheDocumentedTemplatesImportCleanly(string template, string kind)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "import", template);

        var (exit, output, error) = await RunAsync(path, "--org", "AF", "--dry-run");

        Assert.True(exit == 0, output + error);
        Assert.Contains($"Dry run of {kind} for AF", output);
    }

    [Fact]
    public async Task WrongUsageExitsWithTwo()
    {
        Assert.Equal(2, (await RunAsync("only-a-file.csv")).Exit);
        Assert.Equal(2, (await RunAsync("a.csv", "--org", "AF", "--colour", "blue")).Exit);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        hub.CreateClient(); // the Hub has created and migrated its database
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ImportCommand.RunAsync(args, output, error, AuditChainTests.Settings(hub));
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(hub.DataFolder, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln"))) return dir.FullName;
        throw new InvalidOperationException("Hub.sln not found above the test's folder.");
    }
}
