namespace Hub.Vocabularies;

/// <summary>One shared code of a controlled vocabulary, with its Swedish and English labels.</summary>
public sealed class VocabularyEntry : Hub.Access.IEntity
{
    public int Id { get; set; }
    public required string Scheme { get; set; }
    public required string Code { get; set; }
    public required string LabelSv { get; set; }
    public required string LabelEn { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; } = 1;
}
