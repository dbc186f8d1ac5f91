namespace Hub.Data;

/// <summary>A fact about this database itself, such as when demo data was loaded.</summary>
public sealed class HubSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }

    public const string DemoDataLoadedAt = "demo-data-loaded-at";
}
