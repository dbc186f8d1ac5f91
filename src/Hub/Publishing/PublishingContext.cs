using Hub.Data;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Publishing;

/// <summary>What validating and applying a change needs besides the item: the vocabularies, the organisations and the time.</summary>
public sealed class PublishingContext
{
    private readonly Dictionary<string, int> _idByCode;
    private readonly Dictionary<int, string> _codeById;
    private readonly Dictionary<string, string> _codeByName;

    private PublishingContext(VocabularyCache.Snapshot vocabulary, IReadOnlyList<(int Id, string Code, string Name, string? NameEn)> organisations, DateTimeOffset now)
    {
        Vocabulary = vocabulary;
        Now = now;
        _idByCode = organisations.ToDictionary(o => o.Code, o => o.Id, StringComparer.Ordinal);
        _codeById = organisations.ToDictionary(o => o.Id, o => o.Code);
        _codeByName = new Dictionary<string, string>(StringComparer.CurrentCultureIgnoreCase);
        foreach (var o in organisations)
            foreach (var key in new[] { o.Code, o.Name, o.NameEn }.OfType<string>())
                _codeByName.TryAdd(key, o.Code);
    }

    public VocabularyCache.Snapshot Vocabulary { get; }

    /// <summary>The instant every change of one operation is stamped with.</summary>
    public DateTimeOffset Now { get; }

    public int? OrganisationId(string code) => _idByCode.TryGetValue(code, out var id) ? id : null;

    public string OrganisationCode(int id) => _codeById.TryGetValue(id, out var code) ? code : id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly Dictionary<(string Scheme, string Text), string?> _matched = [];

    /// <summary>
    /// The code of the entry with this code or Swedish or English label, ignoring case (for imports). Remembered,
    /// because a file repeats the same few values on every row.
    /// </summary>
    public string? MatchCode(string scheme, string text)
    {
        if (!_matched.TryGetValue((scheme, text), out var code))
            _matched[(scheme, text)] = code = Vocabulary.Match(scheme, text)?.Code;
        return code;
    }

    /// <summary>An organisation by code or by Swedish or English name, ignoring case (for imports).</summary>
    public string? MatchOrganisation(string text) => _codeByName.GetValueOrDefault(text.Trim());

    public static async Task<PublishingContext> LoadAsync(HubDbContext db, VocabularyCache.Snapshot vocabulary, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Code, o.Name, o.NameEn })
            .ToListAsync(cancellationToken);
        return new PublishingContext(vocabulary, organisations.Select(o => (o.Id, o.Code, o.Name, o.NameEn)).ToList(), now);
    }
}
