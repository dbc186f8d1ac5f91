namespace Hub.Access;

/// <summary>Anything stored with an integer key; the key is the stable tie-breaker of every ordering.</summary>
public interface IEntity
{
    int Id { get; }
}
