using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The built Hub.dll started as a server process of its own, on a free loopback port, configured by environment
/// variables as an operator would (tests of several instances over one database). Dispose stops it.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HubProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>Starts a Hub in Development (so the data folder's development key signs tokens it accepts) and waits until it answers.</summary>
    public static async Task<HubProcess> StartAsync(IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(HubDll())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(HubDll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var hub = new HubProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        using var probe = hub.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (hub._process.HasExited) throw new InvalidOperationException($"The Hub process exited during start:\n{hub.Output}");
            try
            {
                if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode) return hub; // not rate-limited: probes spend no permits
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The Hub process did not answer within 60 s:\n{hub.Output}");
            await Task.Delay(200);
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    /// <summary>The Hub.dll built beside the tests (same configuration).</summary>
    public static string HubDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Hub.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "src", "Hub", "bin", testOutput.Parent!.Name, testOutput.Name, "Hub.dll");
        Assert.True(File.Exists(path), $"Build the Hub first: {path} is missing.");
        return path;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
