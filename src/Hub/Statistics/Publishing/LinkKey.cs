namespace Hub.Statistics.Publishing;

/// <summary>
/// What makes datasets describe the same people: one organisation's count of one indicator for one intervention
/// (or none) over one reference period. Such datasets are linked: protected so that together they reveal nothing.
/// </summary>
public readonly record struct LinkKey(int OwnerId, int? InterventionId, string Indicator, string ReferencePeriod)
{
    public static LinkKey Of(StatisticsDataset dataset) =>
        new(dataset.OwnerId, dataset.InterventionId, dataset.IndicatorCode, dataset.ReferencePeriod);

    /// <summary>The stored datasets of the link, other than those being (re)published now.</summary>
    public IQueryable<StatisticsDataset> Members(IQueryable<StatisticsDataset> datasets, IReadOnlyCollection<int> except)
    {
        var (owner, intervention, indicator, period) = (OwnerId, InterventionId, Indicator, ReferencePeriod);
        return datasets.Where(d => d.OwnerId == owner && d.InterventionId == intervention && d.IndicatorCode == indicator
            && d.ReferencePeriod == period && d.RetiredAt == null && !except.Contains(d.Id));
    }
}
