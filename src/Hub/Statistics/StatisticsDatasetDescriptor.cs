using Hub.Data;
using Hub.Kinds;
using Hub.Search;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics;

/// <summary>
/// Follow-up statistics datasets as an inventory kind: listed and searched like the others; published whole through
/// publishStatistics (<see cref="Publishing.StatisticsPublication"/>), not field by field, so no import or item mutations.
/// </summary>
public sealed class StatisticsDatasetDescriptor
    : InventoryDescriptor<StatisticsDataset, StatisticsDatasetFilter, StatisticsDatasetType, StatisticsDatasetConnectionType, StatisticsDatasetFilterInputType>
{
    public override string Key => Access.ItemKinds.StatisticsDataset;

    public override string TypeName => StatisticsDatasetType.TypeName;

    public override ListFacet List { get; } = new("statisticsDatasets", "statistics datasets",
        "Anonymised follow-up statistics of every organisation that you may see.",
        "Which datasets to list.", "The follow-up statistics datasets this organisation owns that you may see.");

    public override SearchFacet Search { get; } = new(SearchKinds.Dataset, "Follow-up statistics datasets.", IndexCode: 3);

    public override void ConfigureModel(ModelBuilder model) =>
        model.ApplyConfiguration(new StatisticsDatasetConfiguration()).ApplyConfiguration(new StatisticsCellConfiguration());
}
