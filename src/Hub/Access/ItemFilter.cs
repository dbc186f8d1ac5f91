using Hub.Data;
using Hub.Search;

namespace Hub.Access;

/// <summary>
/// The filter fields every inventory shares (owner, visibility, recency, free text, retired items), and what each kind's
/// filter adds: its own conditions and the vocabulary codes it names.
/// </summary>
public abstract record ItemFilter<T> where T : class, IOwnedItem
{
    /// <summary>The items that pass, as SQL.</summary>
    public abstract IQueryable<T> Apply(IQueryable<T> items, HubDbContext db);

    /// <summary>The vocabulary codes this filter names, by input field and scheme, for validation.</summary>
    public abstract IEnumerable<(string Field, string Scheme, IReadOnlyList<string>? Codes)> CodeFields();

    public IReadOnlyList<string>? Owners { get; init; }
    public IReadOnlyList<Visibility>? Visibility { get; init; }
    public DateTimeOffset? UpdatedSince { get; init; }
    public string? Text { get; init; }
    public bool IncludeRetired { get; init; }

    protected IQueryable<T> ApplyCommon(IQueryable<T> items, HubDbContext db, string searchKind)
    {
        if (!IncludeRetired) items = items.Where(i => i.RetiredAt == null);
        if (Owners is { Count: > 0 } owners)
        {
            var ownerIds = db.Organisations.Where(o => owners.Contains(o.Code)).Select(o => o.Id);
            items = items.Where(i => ownerIds.Contains(i.OwnerId));
        }
        if (Visibility is { Count: > 0 } visibilities) items = items.Where(i => visibilities.Contains(i.Visibility));
        if (UpdatedSince is { } since) items = items.Where(i => i.UpdatedAt >= since);
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var hits = db.Provider.Search.Matching(db, Text, "filter.text").Where(h => h.Kind == searchKind).Select(h => h.ItemId);
            items = items.Where(i => hits.Contains(i.Id));
        }
        return items;
    }
}
