using Hub.Data;
using Hub.Publishing;

namespace Hub.Statistics.Publishing;

/// <summary>
/// Statistics datasets to the shared write machinery (ownership, audit trail, events). Their fields are not
/// edited one by one like an inventory item's: a table is published whole, so the field list is empty and
/// <see cref="StatisticsPublication"/> does the checking.
/// </summary>
public sealed class StatisticsDatasetKind : ItemKind<StatisticsDataset>
{
    public static readonly StatisticsDatasetKind Instance = new();

    private StatisticsDatasetKind()
    {
    }

    public override string Key => Access.ItemKinds.StatisticsDataset;

    public override string Noun => "statistics dataset";

    public override IReadOnlyList<ItemField<StatisticsDataset>> Fields => [];

    public override bool AdminsManage => false;

    public override StatisticsDataset New(int? ownerId) => new()
    {
        OwnerId = ownerId ?? 0, Title = "", IndicatorCode = "", Unit = "", ReferencePeriod = "", DimensionCodes = "",
    };

    public override IQueryable<StatisticsDataset> Tracked(HubDbContext db) => db.StatisticsDatasets;

    public override int? OwnerOf(StatisticsDataset item) => item.OwnerId;

    public override int VersionOf(StatisticsDataset item) => item.Version;

    public override void Stamp(StatisticsDataset item, int version, DateTimeOffset at)
    {
        item.Version = version;
        item.UpdatedAt = at;
        if (version == 1) item.CreatedAt = at;
    }
}
