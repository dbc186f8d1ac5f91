using Hub.Access;
using Hub.Data;
using Hub.Search;
using Hub.Vocabularies;

namespace Hub.Materials;

/// <summary>Which materials a list holds. Fields combine with AND; the values within one field with OR.</summary>
public sealed record MaterialFilter : ItemFilter<CompetenceMaterial>
{
    public IReadOnlyList<string>? Themes { get; init; }
    public IReadOnlyList<string>? Formats { get; init; }
    public IReadOnlyList<string>? Audiences { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public IReadOnlyList<string>? DevelopmentAreas { get; init; }

    public static readonly MaterialFilter None = new();

    public override IEnumerable<(string Field, string Scheme, IReadOnlyList<string>? Codes)> CodeFields() =>
    [
        ("themes", Schemes.Theme, Themes), ("formats", Schemes.Format, Formats), ("audiences", Schemes.Audience, Audiences),
        ("languages", Schemes.Language, Languages), ("developmentAreas", Schemes.DevelopmentArea, DevelopmentAreas),
    ];

    public override IQueryable<CompetenceMaterial> Apply(IQueryable<CompetenceMaterial> materials, HubDbContext db)
    {
        materials = ApplyCommon(materials, db, SearchKinds.Material);
        if (Formats is { Count: > 0 } formats) materials = materials.Where(m => formats.Contains(m.FormatCode));
        materials = WithCode(materials, Schemes.Theme, Themes);
        materials = WithCode(materials, Schemes.Audience, Audiences);
        materials = WithCode(materials, Schemes.Language, Languages);
        return WithCode(materials, Schemes.DevelopmentArea, DevelopmentAreas);
    }

    private static IQueryable<CompetenceMaterial> WithCode(IQueryable<CompetenceMaterial> materials, string scheme, IReadOnlyList<string>? codes) =>
        codes is { Count: > 0 } ? materials.Where(m => m.Codes.Any(c => c.Scheme == scheme && codes.Contains(c.Code))) : materials;
}
