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
