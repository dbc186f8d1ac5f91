using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Vocabularies;

/// <summary>
/// All vocabulary entries, held in memory: they are few, read on nearly every request (labels, filter codes,
/// import labels) and change rarely. A write to a vocabulary calls <see cref="Invalidate"/>.
/// </summary>
public sealed class VocabularyCache(IServiceScopeFactory scopes)
{
    private volatile Snapshot? _snapshot;

    public async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } snapshot) return snapshot;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var entries = await db.VocabularyEntries.AsNoTracking().OrderBy(v => v.Scheme).ThenBy(v => v.SortOrder).ThenBy(v => v.Code)
            .ToListAsync(cancellationToken);
        return _snapshot = new Snapshot(entries);
    }

    public void Invalidate() => _snapshot = null;

    public sealed class Snapshot
    {
        private readonly Dictionary<(string Scheme, string Code), VocabularyEntry> _byCode;
        private readonly ILookup<string, VocabularyEntry> _byScheme;
        private readonly Dictionary<int, VocabularyEntry> _byId;

        public Snapshot(IReadOnlyList<VocabularyEntry> entries)
        {
            _byCode = entries.ToDictionary(e => (e.Scheme, e.Code));
            _byScheme = entries.ToLookup(e => e.Scheme);
            _byId = entries.ToDictionary(e => e.Id);
        }

        public IEnumerable<VocabularyEntry> Scheme(string scheme) => _byScheme[scheme];

        public VocabularyEntry? Find(string scheme, string code) => _byCode.GetValueOrDefault((scheme, code));

        public VocabularyEntry? ById(int id) => _byId.GetValueOrDefault(id);

        public bool Contains(string scheme, string code) => _byCode.ContainsKey((scheme, code));

        /// <summary>Finds an entry by code or by its Swedish or English label, ignoring case.</summary>
        public VocabularyEntry? Match(string scheme, string codeOrLabel)
        {
            var text = codeOrLabel.Trim();
            return Scheme(scheme).FirstOrDefault(e =>
                string.Equals(e.Code, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(e.LabelSv, text, StringComparison.CurrentCultureIgnoreCase)
                || string.Equals(e.LabelEn, text, StringComparison.OrdinalIgnoreCase));
        }
    }
}
