using Hub.Statistics;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.Statistics.Publishing.StatisticsApi;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>`statistics publish FILE --org AF …` through the command's own entry point, against a test's database.</summary>
public sealed class CommandTests(StatisticsHub hub) : IClassFixture<StatisticsHub>
{
    [Fact]
    public async Task TheDocumentedExampleFilePublishesAndIsRecordedAsMadeFromTheCommandLine()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "statistics", "example.csv");

        var (exit, output, error) = await RunAsync(path, "--org", "AF", "--title", "Exempel från dokumentationen", "--indicator", "REFERRED",
            "--period", NextPeriod(), "--visibility", "AGENCIES", "--external-id", "CLI-EXAMPLE", "--intervention", "AF-GEM-05");

        Assert.True(exit == 0, output + error);
        Assert.Contains("Published 'Exempel från dokumentationen' for AF (new dataset", output);
        Assert.Contains("21 cells", output);
        var dataset = await hub.QueryAsync(db => db.StatisticsDatasets.AsNoTracking().SingleAsync(d => d.ExternalId == "CLI-EXAMPLE"));
        Assert.NotNull(dataset.InterventionId);
        Assert.Equal(21, await hub.QueryAsync(db => db.StatisticsCells.CountAsync(c => c.DatasetId == dataset.Id)));
        var entry = await hub.QueryAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).LastAsync());
        Assert.Equal(("CLI", "AF", "CREATE"), (entry.Via, entry.Organisation, entry.Operation));
    }

    [Fact]
    public async Task ProblemsNameTheLineAndColumnAndNeverRepeatAnIdentifierOrACount()
    {
        var path = await WriteAsync("bad.csv",
            "Kön,COUNTY,antal,population\nKvinnor,01,120,900\nF,850101-1234,3,40\nM,01,2.5,900\nM,03,4,3\nF,01,7,900\n");
        var before = await hub.StoredAsync();

        var (exit, output, _) = await RunAsync(path, "--org", "AF", "--title", "Felaktig", "--indicator", "PARTICIPANTS", "--period", NextPeriod(),
            "--visibility", "PUBLIC");

        Assert.Equal(1, exit);
        Assert.Contains("Nothing was published", output);
        Assert.Contains("line 3, column 'COUNTY': INVALID_VALUE", output);
        Assert.Contains("line 4, column 'antal': INVALID_VALUE", output);
        Assert.Contains("line 5, column 'population': INVALID_VALUE", output);
        Assert.Contains("line 6: DUPLICATE", output);
        Assert.Contains("repeats the coordinates of line 2", output);
        Assert.DoesNotContain("850101", output);
        Assert.DoesNotContain("2.5", output);
        foreach (var line in output.Split('\n').Skip(1).Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"^\s*line \d+(, column '[^']*')?:", "")))
            Assert.DoesNotMatch(@"\b[34]\b", line);
        Assert.Equal(before, await hub.StoredAsync());
    }

    [Theory]
    [InlineData("personnummer")]
    [InlineData("Namn")]
    [InlineData("e-post")]
    [InlineData("födelsedatum")]
    public async Task AColumnThatHoldsPersonalDataIsRefused(string column)
    {
        var path = await WriteAsync($"personal-{column}.csv", $"SEX,{column},count\nF,x,12\nM,y,14\n");

        var (exit, output, _) = await RunAsync(path, "--org", "AF", "--title", "Personer", "--indicator", "PARTICIPANTS", "--period", NextPeriod(),
            "--visibility", "PUBLIC");

        Assert.Equal(1, exit);
        Assert.Contains($"line 1, column '{column}': UNKNOWN_COLUMN: The column seems to hold", output);
    }

    [Fact]
    public async Task RepublishingFromTheCommandLineReplacesTheDataset()
    {
        var period = NextPeriod();
        var first = await WriteAsync("first.csv", "SEX,AGE_BAND,count\nF,25-34,40\nM,25-34,50\n");
        var second = await WriteAsync("second.csv", "SEX,AGE_BAND,count\nF,25-34,41\nF,35-44,12\nM,25-34,50\nM,35-44,16\n");
        Assert.Equal(0, (await RunAsync(first, "--org", "MIGR", "--external-id", "CLI-AGAIN", "--title", "Åldrar", "--indicator", "PARTICIPANTS",
            "--period", period, "--visibility", "PUBLIC")).Exit);

        var (exit, output, _) = await RunAsync(second, "--org", "MIGR", "--external-id", "CLI-AGAIN");

        Assert.Equal(0, exit);
        Assert.Contains("replaced, version 2", output);
        var cells = await hub.QueryAsync(db => db.StatisticsCells.AsNoTracking().Where(c => db.StatisticsDatasets.Any(d => d.Id == c.DatasetId && d.ExternalId == "CLI-AGAIN")).ToListAsync());
        Assert.Equal(3 * 3, cells.Count);
        Assert.Equal(119, cells.Single(c => c is { Sex: "_T", AgeBand: "_T" }).Count);
    }

    [Fact]
    public async Task WrongUsageExitsWithTwo()
    {
        Assert.Equal(2, (await RunAsync("a.csv")).Exit);
        Assert.Equal(2, (await RunAsync("a.csv", "--org", "AF", "--colour", "blue")).Exit);
        Assert.Equal(2, (await StatisticsCommand.RunAsync(["export", "a.csv", "--org", "AF"], TextWriter.Null, TextWriter.Null)));
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        hub.CreateClient(); // the Hub has created and migrated its database
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await StatisticsCommand.RunAsync(["publish", .. args], output, error, CommandSettings(hub));
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> WriteAsync(string name, string content)
    {
        hub.CreateClient(); // the Hub has created its data folder
        var path = Path.Combine(hub.DataFolder, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln"))) return dir.FullName;
        throw new InvalidOperationException("Hub.sln not found above the test's folder.");
    }
}
