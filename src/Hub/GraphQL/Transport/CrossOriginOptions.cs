using Microsoft.Extensions.Options;

namespace Hub.GraphQL.Transport;

/// <summary>Section Hub:Cors (environment variables Hub__Cors__AllowedOrigins__0, __1, …).</summary>
public sealed class CrossOriginOptions
{
    public const string Section = "Hub:Cors";

    /// <summary>Origins (scheme://host[:port]) of other agencies' browser applications that may call /graphql. None by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The origins as browsers send them in the Origin header: lower case, no default port, no slash.</summary>
    public HashSet<string> Origins() => new(AllowedOrigins.Select(origin => Normalise(origin)!), StringComparer.OrdinalIgnoreCase);

    // An entry is an origin when it has nothing a browser's Origin header lacks; a lone trailing slash is forgiven.
    private static string? Normalise(string? entry)
    {
        var text = entry?.Trim();
        if (string.IsNullOrEmpty(text) || text.IndexOfAny(['?', '#']) >= 0) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return null;
        if (uri.UserInfo.Length > 0 || uri.AbsolutePath != "/") return null;
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }

    /// <summary>Names every entry that is not an origin, so a typo stops the start instead of silently allowing nothing.</summary>
    internal sealed class Validator : IValidateOptions<CrossOriginOptions>
    {
        public ValidateOptionsResult Validate(string? name, CrossOriginOptions options)
        {
            var failures = options.AllowedOrigins
                .Select((entry, index) => (entry, index))
                .Where(e => Normalise(e.entry) is null)
                .Select(e => $"{Section}:AllowedOrigins:{e.index} is '{e.entry}', which is not an origin: give scheme://host or " +
                    "scheme://host:port, with http or https and no path, query or user name, e.g. https://app.example.se.")
                .ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
