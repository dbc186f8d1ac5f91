using System.Linq.Expressions;
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

    /// <summary>
    /// Pages of each parent's entries of one vocabulary (a material's themes, an intervention's target groups …) for every
    /// parent of the batch in one statement: the parent's code rows joined to the vocabulary, two integers per row.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, Page<VocabularyEntry>>> PagePerParentAsync<TParent, TCode>(HubDbContext db,
        VocabularyCache.Snapshot vocabulary, IQueryable<TParent> parents, IReadOnlyList<int> parentIds, IQueryable<TCode> codes,
        Expression<Func<TCode, int>> parentKey, string scheme, PageRequest request, CancellationToken cancellationToken)
        where TParent : class, IEntity where TCode : class, ICodeRow
    {
        var pages = await NestedPaging.PagePerParentAsync(parents, parentIds, codes.Where(c => c.Scheme == scheme), parentKey,
            own => own.Join(db.VocabularyEntries, c => new { c.Scheme, c.Code }, v => new { v.Scheme, v.Code },
                (_, v) => new EntryRef { Id = v.Id, SortOrder = v.SortOrder }),
            BySortOrder, request, cancellationToken);
        return await ResolveAsync(pages, vocabulary, db, cancellationToken);
    }

    /// <summary>Turns pages of references into pages of entries: from the snapshot, or from the database for entries newer than it.</summary>
    private static async Task<IReadOnlyDictionary<int, Page<VocabularyEntry>>> ResolveAsync(IReadOnlyDictionary<int, Page<EntryRef>> pages,
        VocabularyCache.Snapshot vocabulary, HubDbContext db, CancellationToken cancellationToken)
    {
        var missing = pages.Values.SelectMany(p => p.Edges).Select(e => e.Node.Id).Where(id => vocabulary.ById(id) is null).Distinct().ToList();
        var newer = missing.Count == 0
            ? new Dictionary<int, VocabularyEntry>()
            : await db.VocabularyEntries.AsNoTracking().Where(v => missing.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return pages.ToDictionary(p => p.Key, p => p.Value.Map(e => vocabulary.ById(e.Id) ?? newer[e.Id]));
    }
}

/// <summary>A stored row that gives an item one code of a vocabulary (a material's theme, an intervention's county …).</summary>
public interface ICodeRow
{
    string Scheme { get; }
    string Code { get; }
}
