using Hub.Access;
using Hub.Data;
using Hub.Search;
using Hub.Vocabularies;

namespace Hub.Statistics;

/// <summary>Which datasets a list holds. Fields combine with AND; the values within one field with OR.</summary>
public sealed record StatisticsDatasetFilter : ItemFilter<StatisticsDataset>
{
    public IReadOnlyList<string>? Indicators { get; init; }

    /// <summary>Datasets broken down by all of these dimensions.</summary>
    public IReadOnlyList<string>? Dimensions { get; init; }
    public IReadOnlyList<string>? ReferencePeriods { get; init; }

    public static readonly StatisticsDatasetFilter None = new();

    public override IEnumerable<(string Field, string Scheme, IReadOnlyList<string>? Codes)> CodeFields() =>
    [
        ("indicators", Schemes.Indicator, Indicators), ("dimensions", Schemes.StatisticsDimension, Dimensions),
    ];

    public override IQueryable<StatisticsDataset> Apply(IQueryable<StatisticsDataset> datasets, HubDbContext db)
    {
        datasets = ApplyCommon(datasets, db, SearchKinds.Dataset);
        if (Indicators is { Count: > 0 } indicators) datasets = datasets.Where(d => indicators.Contains(d.IndicatorCode));
        if (ReferencePeriods is { Count: > 0 } periods) datasets = datasets.Where(d => periods.Contains(d.ReferencePeriod));
        foreach (var dimension in Dimensions ?? [])
        {
            datasets = datasets.Where(d => ("," + d.DimensionCodes + ",").Contains("," + dimension + ","));
        }
        return datasets;
    }
}
