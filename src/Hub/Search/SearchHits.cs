using Hub.Access;
using Hub.Data;

namespace Hub.Search;

public static class SearchHits
{
    /// <summary>
    /// Hits whose item the caller may see and that is current. Each hit looks its own item up by key (EXISTS), which
    /// stays cheap however many items there are; an IN list would first collect every visible item of the kind.
    /// </summary>
    public static IQueryable<SearchHit> VisibleTo(this IQueryable<SearchHit> hits, HubDbContext db, Caller caller)
    {
        var interventions = db.Interventions.VisibleTo(caller).Where(i => i.RetiredAt == null);
        var materials = db.Materials.VisibleTo(caller).Where(m => m.RetiredAt == null);
        var datasets = db.StatisticsDatasets.VisibleTo(caller).Where(d => d.RetiredAt == null);
        return hits.Where(h =>
            (h.Kind == SearchKinds.Intervention && interventions.Any(i => i.Id == h.ItemId))
            || (h.Kind == SearchKinds.Material && materials.Any(m => m.Id == h.ItemId))
            || (h.Kind == SearchKinds.Dataset && datasets.Any(d => d.Id == h.ItemId)));
    }
}
