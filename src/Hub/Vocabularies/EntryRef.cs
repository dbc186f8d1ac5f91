using Hub.Access;
using Hub.Data;
using Hub.Data.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hub.Vocabularies;

/// <summary>
/// What a nested page of vocabulary entries needs from SQL: the entry's id and its place in the listing order. The
/// entries themselves (labels, descriptions) come from the request's vocabulary snapshot, so a material's themes
/// cost two integers per row instead of a full entry.
/// </summary>
public sealed class EntryRef : IEntity
{
    public int Id { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The same order and cursors as <see cref="VocabularyOrderings.BySortOrder"/>.</summary>
    public static readonly Ordering<EntryRef> BySortOrder = new Ordering<EntryRef, int>(VocabularyOrderings.BySortOrder.Name, e => e.SortOrder);

    /// <summary>Turns pages of references into pages of entries: from the snapshot, or from the database for entries newer than it.</summary>
    public static async Task<IReadOnlyDictionary<int, Page<VocabularyEntry>>> ResolveAsync(IReadOnlyDictionary<int, Page<EntryRef>> pages,
        VocabularyCache.Snapshot vocabulary, HubDbContext db, CancellationToken cancellationToken)
    {
        var missing = pages.Values.SelectMany(p => p.Edges).Select(e => e.Node.Id).Where(id => vocabulary.ById(id) is null).Distinct().ToList();
        var newer = missing.Count == 0
            ? new Dictionary<int, VocabularyEntry>()
            : await db.VocabularyEntries.AsNoTracking().Where(v => missing.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return pages.ToDictionary(p => p.Key, p => p.Value.Map(e => vocabulary.ById(e.Id) ?? newer[e.Id]));
    }
}
