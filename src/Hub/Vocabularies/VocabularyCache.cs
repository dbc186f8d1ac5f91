using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Vocabularies;

/// <summary>
/// All vocabulary entries, held in memory: they are few, read on nearly every request (labels, filter codes,
/// import labels) and change rarely. Any commit, by this process or another (a command-line import while the server
/// runs), changes the <see cref="IDatabaseVersion"/> the snapshot was read at, and the next request reads them again.
/// </summary>
public sealed class VocabularyCache(IServiceScopeFactory scopes, IDatabaseVersion version)
{
    private volatile Snapshot? _snapshot;

    public async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        // Read before the entries, so that a commit while they load makes the next request load them again.
        var current = version.Current;
        if (_snapshot is { } snapshot && snapshot.Version == current) return snapshot;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var entries = await db.VocabularyEntries.AsNoTracking().OrderBy(v => v.Scheme).ThenBy(v => v.SortOrder).ThenBy(v => v.Code)
            .ToListAsync(cancellationToken);
        return _snapshot = new Snapshot(entries, current);
    }

    public sealed class Snapshot
    {
        private readonly Dictionary<(string Scheme, string Code), VocabularyEntry> _byCode;
        private readonly ILookup<string, VocabularyEntry> _byScheme;
        private readonly Dictionary<int, VocabularyEntry> _byId;

        /// <param name="entries">Every vocabulary entry.</param>
        /// <param name="version">The <see cref="IDatabaseVersion"/> they were read at; -1 for a snapshot outside the cache.</param>
        public Snapshot(IReadOnlyList<VocabularyEntry> entries, long version = -1)
        {
            Version = version;
            _byCode = entries.ToDictionary(e => (e.Scheme, e.Code));
            _byScheme = entries.ToLookup(e => e.Scheme);
            _byId = entries.ToDictionary(e => e.Id);
        }

        /// <summary>The database version the entries were read at.</summary>
        public long Version { get; }

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
