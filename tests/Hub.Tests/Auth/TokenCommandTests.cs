using System.Diagnostics;
using System.Text.RegularExpressions;
using Hub.Auth;
using Hub.Cli;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Auth;

/// <summary>The `token` verb: in-process through the CLI's entry point, and as `dotnet Hub.dll token` on the built Hub.</summary>
public sealed partial class TokenCommandTests
{
    private const string Me = "{ me { organisation { code } roles subject tokenExpiresAt } }";

    [Fact]
    public async Task TheBuiltHubPrintsATokenSignedWithTheKeyOfTheDataFolderInItsEnvironment()
    {
        using var hub = new HubFactory();
        _ = hub.Services; // the server creates its key first; the verb must find and use that one

        var (exitCode, output, error) = await RunHubDllAsync(hub.DataFolder, "token", "--org", "AF", "--role", "publisher", "--role", "admin", "--expires", "2h", "--sub", "cli-user");
        var response = await hub.CreateClient().PostGraphQLAsync(Me, bearer: output.Trim());

        Assert.True(exitCode == 0, error);
        Assert.Matches($"^{TokenPattern()}$", output.Trim());
        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Equal("AF", me["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal(["admin", "publisher"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("cli-user", me["subject"]!.GetValue<string>());
        Assert.InRange(me["tokenExpiresAt"]!.GetValue<DateTimeOffset>() - DateTimeOffset.UtcNow, TimeSpan.FromHours(1), TimeSpan.FromHours(2));
        Assert.Contains("refuses development tokens", error); // the built Hub runs as Production unless told otherwise
    }

    [Fact]
    public async Task TheVerbThroughTheCommandEntryPointIssuesATokenTheServerAccepts()
    {
        using var hub = new HubFactory();
        var output = new StringWriter();

        var exitCode = await TokenCommand.RunAsync(["--org", "MALMO"], output, TextWriter.Null,
            new Dictionary<string, string?> { ["Hub:DataFolder"] = hub.DataFolder });
        var response = await hub.CreateClient().PostGraphQLAsync(Me, bearer: output.ToString().Trim());

        Assert.Equal(0, exitCode);
        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Equal("MALMO", me["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal(["reader"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Theory]
    [InlineData("token")]
    [InlineData("token", "--org", "AF", "--role", "superuser")]
    [InlineData("token", "--org", "AF", "--expires", "forever")]
    [InlineData("token", "--org")]
    public async Task TheVerbRefusesIncompleteOrWrongArguments(params string[] args)
    {
        Assert.Equal(2, await HubCommands.TryRunAsync(args));
    }

    /// <summary>Runs `dotnet Hub.dll …` with Hub__DataFolder set for that process only, as a user's shell would.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunHubDllAsync(string dataFolder, params string[] args)
    {
        var hubDll = HubDll();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hubDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(hubDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Hub__DataFolder"] = dataFolder;
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>tests/Hub.Tests/bin/&lt;Configuration&gt;/&lt;tfm&gt;/ → src/Hub/bin/&lt;Configuration&gt;/&lt;tfm&gt;/Hub.dll</summary>
    private static string HubDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Hub.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "src", "Hub", "bin", testOutput.Parent!.Name, testOutput.Name, "Hub.dll");
        Assert.True(File.Exists(path), $"Build the Hub first: {path} is missing.");
        return path;
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")]
    private static partial Regex TokenPattern();
}
