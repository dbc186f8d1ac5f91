using System.Text.RegularExpressions;
using Hub.Data;
using Hub.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Vocabularies;

/// <summary>
/// The fields admins set on a vocabulary entry. Scheme and code are fixed at creation: agencies exchange data by
/// code, so a code is never renamed; labels and descriptions may change.
/// </summary>
public sealed partial class VocabularyInputs : ItemKind<VocabularyEntry>
{
    public static readonly VocabularyInputs Kind = new();

    public override string Key => Access.ItemKinds.VocabularyEntry;

    public override string Noun => "vocabulary entry";

    public override bool AdminsManage => true;

    public override IReadOnlyList<ItemField<VocabularyEntry>> Fields { get; } =
    [
        new ChoiceField<VocabularyEntry>("scheme", "The vocabulary the entry belongs to. Cannot be changed later.", typeof(VocabularySchemeGraphType),
            Schemes.All.ToList(), v => v.Scheme, (v, x) => v.Scheme = x!) { Required = true, CreateOnly = true },
        new PatternField<VocabularyEntry>("code", "The shared code, e.g. EQUAL_TREATMENT, sv, 01 or 65+; no spaces. Cannot be changed later.",
            v => v.Code, (v, x) => v.Code = x!, 40, CodeForm(), "letters, digits and _ - + . without spaces") { Required = true, CreateOnly = true },
        new TextField<VocabularyEntry>("labelSv", "Label in Swedish (svensk benämning).", v => v.LabelSv, (v, x) => v.LabelSv = x!, 200) { Required = true },
        new TextField<VocabularyEntry>("labelEn", "Label in English.", v => v.LabelEn, (v, x) => v.LabelEn = x!, 200) { Required = true },
        new TextField<VocabularyEntry>("description", "What the entry means, where the label is not enough.", v => v.Description, (v, x) => v.Description = x, 2_000),
        new IntField<VocabularyEntry>("sortOrder", "Position when the vocabulary is listed (0 first).", v => v.SortOrder, (v, x) => v.SortOrder = x ?? 0, 0, 100_000),
    ];

    public override VocabularyEntry New(int? ownerId) => new() { Scheme = "", Code = "", LabelSv = "", LabelEn = "" };

    public override IQueryable<VocabularyEntry> Tracked(HubDbContext db) => db.VocabularyEntries;

    public override int? OwnerOf(VocabularyEntry item) => null;

    public override int VersionOf(VocabularyEntry item) => item.Version;

    public override void Stamp(VocabularyEntry item, int version, DateTimeOffset at)
    {
        item.Version = version;
        item.UpdatedAt = at;
    }

    public override async Task<IReadOnlyList<FieldProblem>> CheckUniqueAsync(HubDbContext db, VocabularyEntry? existing, int? ownerId,
        Func<string, object?> valueOf, CancellationToken cancellationToken) =>
        existing is null && valueOf("scheme") is string scheme && valueOf("code") is string code
            && await db.VocabularyEntries.AnyAsync(v => v.Scheme == scheme && v.Code == code, cancellationToken)
            ? [new FieldProblem("code", UserErrorCodes.Duplicate, $"{scheme} has the code {code} already.")]
            : [];

    [GeneratedRegex(@"^[A-Za-z0-9_+.\-]+$")]
    private static partial Regex CodeForm();
}
