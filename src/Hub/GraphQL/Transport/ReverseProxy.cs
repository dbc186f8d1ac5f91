using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Hub.GraphQL.Transport;

/// <summary>
/// The Hub behind a reverse proxy (nginx, a load balancer): the client's address and scheme are read from
/// <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>, but only when the request comes from a proxy named in
/// <c>Hub:ReverseProxy:KnownProxies</c> (addresses) or <c>Hub:ReverseProxy:KnownNetworks</c> (CIDR). Without them the
/// headers are ignored: anyone could send them. The address matters for the anonymous rate limit, which is per client
/// address; behind a proxy that is not named every anonymous caller would share the proxy's one limit.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "Hub:ReverseProxy";

    public static IServiceCollection AddHubReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = section.GetValue("ForwardLimit", 1); // the proxy's own entry: the address it saw
            forwarded.KnownProxies.Clear(); // ASP.NET Core trusts loopback by default; the Hub trusts only what is named
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                forwarded.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
            foreach (var network in networks)
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.1.0.0/16)."));
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline, so everything after it (rate limits, logs, links) sees the client. Only where a proxy is
    /// named: with no known proxy ASP.NET Core's middleware would believe the headers from anyone.
    /// </summary>
    public static IApplicationBuilder UseHubReverseProxy(this IApplicationBuilder app)
    {
        var forwarded = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        return forwarded.KnownProxies.Count + forwarded.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }
}
