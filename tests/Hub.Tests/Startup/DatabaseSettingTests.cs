using System.Diagnostics;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Startup;

/// <summary>A database setting that cannot work stops the Hub with one line saying what to set, not a stack trace.</summary>
public sealed class DatabaseSettingTests
{
    [Theory]
    [InlineData("Postgres", "ConnectionStrings:Hub is not set")]
    [InlineData("Oracle", "use Sqlite (the default) or Postgres")]
    public async Task AProviderThatCannotStartIsRefusedInOneLine(string provider, string reason)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(HubProcess.HubDll())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(HubProcess.HubDll());
        start.Environment["Hub__DatabaseProvider"] = provider;
        start.Environment.Remove("ConnectionStrings__Hub");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line);
        Assert.Empty(await output);
    }
}
