namespace Hub;

/// <summary>The Hub's own settings (section "Hub"; environment variables Hub__Key).</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    /// <summary>Where the database and the development signing key live. Defaults outside the repository.</summary>
    public string DataFolder { get; set; } = DefaultDataFolder();

    /// <summary>"Sqlite" (default, embedded) or "Postgres" (needs ConnectionStrings:Hub).</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>Load the demo inventories on first start of an empty database.</summary>
    public bool LoadDemoData { get; set; } = true;

    /// <summary>
    /// The address clients reach the Hub at (e.g. https://hub.example.se, or with the path a proxy serves it under),
    /// for absolute links in responses such as the JSON-stat href. None by default: links are then relative (to
    /// the document they are in, like the GraphQL fields csvUrl and jsonStatUrl). Never taken from a request's
    /// Host header, which the client chooses and which a shared cache would pass on to everyone.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>A link to one of the Hub's own addresses: absolute under <see cref="PublicBaseUrl"/>, else the path itself.</summary>
    public string Link(string path) => string.IsNullOrEmpty(PublicBaseUrl) ? path : $"{PublicBaseUrl.TrimEnd('/')}{path}";

    /// <summary>Empty, or an absolute http(s) address without user name, query or fragment, which a link could not carry on.</summary>
    public static bool IsValidPublicBaseUrl(string? value) =>
        string.IsNullOrEmpty(value)
        || (value.IndexOfAny(['?', '#']) < 0
            && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0);

    public string ResolveDataFolder()
    {
        var folder = Path.GetFullPath(Environment.ExpandEnvironmentVariables(DataFolder));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string DefaultDataFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(root))
            root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
            root = Path.Combine(Path.GetTempPath(), "hub-data");
        return Path.Combine(root, "hub");
    }
}
