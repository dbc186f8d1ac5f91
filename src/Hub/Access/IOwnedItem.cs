namespace Hub.Access;

/// <summary>An inventory item published by one organisation and shared according to its visibility.</summary>
public interface IOwnedItem : IEntity
{
    int OwnerId { get; }
    string Title { get; }
    Visibility Visibility { get; }
    DateTimeOffset UpdatedAt { get; }
    DateTimeOffset? RetiredAt { get; }
}
