using Hub.Access;
using Hub.Organisations;

namespace Hub.Materials;

/// <summary>A kompetensutvecklingsaktivitet or knowledge-raising material that staff use.</summary>
public sealed class CompetenceMaterial : IOwnedItem
{
    public int Id { get; set; }
    public string? ExternalId { get; set; }
    public int OwnerId { get; set; }
    public Organisation? Owner { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string FormatCode { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Platform { get; set; }
    public string? WebUrl { get; set; }
    public string? Licence { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public DateOnly? LastReviewed { get; set; }
    public Visibility Visibility { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>Themes, audiences, languages and development areas, each as a vocabulary code.</summary>
    public List<MaterialCode> Codes { get; set; } = [];
}

public sealed class MaterialCode : Hub.Vocabularies.ICodeRow
{
    /// <summary>Which material a row belongs to, for the code lists' one statement per batch.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<MaterialCode, int>> OfMaterial = c => c.MaterialId;

    public int MaterialId { get; set; }
    public required string Scheme { get; set; }
    public required string Code { get; set; }
}
