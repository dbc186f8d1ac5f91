using System.Diagnostics;
using System.Net.Http.Headers;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Deployment;

/// <summary>
/// The deployment of docs/operations.md, run: Debian's nginx with deploy/nginx/hub.conf (only its ports changed) in
/// front of two Hub processes over one PostgreSQL database. A write through the proxy is read through either instance,
/// both instances serve, and when one dies the proxy goes on answering from the other.
/// </summary>
public sealed class NginxDeploymentTests
{
    private const string Nginx = "/usr/sbin/nginx";

    [PostgresFact]
    public async Task TwoInstancesBehindTheShippedNginxConfigurationServeAsOneHub()
    {
        Assert.True(File.Exists(Nginx), $"{Nginx} is missing: ./test.sh installs Debian's nginx-light for the PostgreSQL pass.");
        using var hub = new HubFactory();
        hub.CreateClient(); // migrates and loads the demo data before the instances start
        var environment = new Dictionary<string, string>(TestDatabase.EnvironmentFor(hub.DataFolder))
        {
            ["Logging__LogLevel__Default"] = "Warning",
            ["Hub__ReverseProxy__KnownProxies__0"] = "127.0.0.1",
        };
        int firstPort = HubProcess.FreePort(), secondPort = HubProcess.FreePort();
        var first = await HubProcess.StartAsync(environment, firstPort);
        await using var second = await HubProcess.StartAsync(environment, secondPort);
        await using var proxy = await NginxProcess.StartAsync(firstPort, secondPort);
        var client = new HttpClient { BaseAddress = proxy.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hub.TokenFor("FK", "publisher"));

        try
        {
            Assert.Equal(200, (int)(await client.GetAsync("/health/ready")).StatusCode);
            var created = await client.SaveAsync("createMaterial", NewMaterial("behind-nginx"));
            var id = created["id"]!.GetValue<string>();
            for (var i = 0; i < 6; i++)
            {
                var read = (await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).EnsureNoErrors();
                Assert.Equal(id, read.Data["node"]!["id"]!.GetValue<string>());
            }
            Assert.Contains($"127.0.0.1:{firstPort}", proxy.UpstreamsSeen());
            Assert.Contains($"127.0.0.1:{secondPort}", proxy.UpstreamsSeen());
        }
        finally
        {
            await first.DisposeAsync(); // one instance goes away, as in a crash or a restart
        }

        for (var i = 0; i < 4; i++)
            Assert.Equal(200, (int)(await client.GetAsync("/graphql?query=%7B__typename%7D")).StatusCode);
        var afterwards = await client.SaveAsync("createMaterial", NewMaterial("behind-nginx-after"));
        Assert.NotNull(afterwards["id"]);
    }

    /// <summary>nginx as a process of its own in a temporary prefix, with the shipped site file inside a minimal http block.</summary>
    private sealed class NginxProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly string _folder;

        private NginxProcess(Process process, string folder, Uri address)
        {
            _process = process;
            _folder = folder;
            Address = address;
        }

        public Uri Address { get; }

        /// <summary>The upstream of each request nginx proxied so far, from its access log.</summary>
        public string UpstreamsSeen() => File.ReadAllText(Path.Combine(_folder, "upstreams.log"));

        public static async Task<NginxProcess> StartAsync(int firstPort, int secondPort)
        {
            var folder = Directory.CreateTempSubdirectory("hub-nginx").FullName;
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111); // workers run as nobody under root
            var port = HubProcess.FreePort();
            var site = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "deploy", "nginx", "hub.conf")))
                .Replace("127.0.0.1:5001", $"127.0.0.1:{firstPort}")
                .Replace("127.0.0.1:5002", $"127.0.0.1:{secondPort}")
                .Replace("listen 80;", $"listen 127.0.0.1:{port};")
                .Replace("listen [::]:80;", "");
            Assert.Contains($"127.0.0.1:{firstPort}", site);
            Assert.Contains($"listen 127.0.0.1:{port};", site);
            await File.WriteAllTextAsync(Path.Combine(folder, "hub.conf"), site);
            await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
                worker_processes 1;
                daemon off;
                pid {{folder}}/nginx.pid;
                error_log {{folder}}/error.log warn;
                events { worker_connections 256; }
                http {
                    log_format upstreams '$upstream_addr $status';
                    access_log {{folder}}/upstreams.log upstreams;
                    client_body_temp_path {{folder}}/body;
                    proxy_temp_path {{folder}}/proxy;
                    fastcgi_temp_path {{folder}}/fastcgi;
                    uwsgi_temp_path {{folder}}/uwsgi;
                    scgi_temp_path {{folder}}/scgi;
                    include {{folder}}/hub.conf;
                }
                """);
            var start = new ProcessStartInfo(Nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf") }) start.ArgumentList.Add(argument);
            var nginx = new NginxProcess(Process.Start(start)!, folder, new Uri($"http://127.0.0.1:{port}"));
            using var probe = new HttpClient { BaseAddress = nginx.Address };
            for (var attempt = 0; ; attempt++)
            {
                if (nginx._process.HasExited)
                    throw new InvalidOperationException($"nginx exited: {await nginx._process.StandardError.ReadToEndAsync()}");
                try
                {
                    if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode) return nginx;
                }
                catch (HttpRequestException) when (attempt < 50)
                {
                }
                await Task.Delay(100);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
            Directory.Delete(_folder, recursive: true);
        }

        private static string RepositoryRoot()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hub.sln"))) folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("The repository root (Hub.sln) is not above the tests.");
        }
    }
}
