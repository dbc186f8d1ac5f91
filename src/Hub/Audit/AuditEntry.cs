using Hub.Access;

namespace Hub.Audit;

/// <summary>
/// One committed change, appended in the change's own transaction. Entries form a hash chain: each hash covers the
/// entry and the previous entry's hash, so an edited or deleted entry breaks every link after it.
/// </summary>
public sealed class AuditEntry : IEntity
{
    /// <summary>The sequence number: 1, 2, 3 … without gaps.</summary>
    public int Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The token's subject (a person or system), or "cli:user" for the command line.</summary>
    public string? Subject { get; set; }

    /// <summary>The code of the organisation that made the change.</summary>
    public string? Organisation { get; set; }

    /// <summary>API, IMPORT or CLI.</summary>
    public required string Via { get; set; }

    /// <summary>CREATE, UPDATE or RETIRE.</summary>
    public required string Operation { get; set; }

    public required string ItemType { get; set; }

    /// <summary>The item's global id.</summary>
    public required string ItemId { get; set; }

    /// <summary>The code of the organisation that owns the item; null for vocabulary entries.</summary>
    public string? Owner { get; set; }

    /// <summary>The item's version after the change.</summary>
    public int Version { get; set; }

    /// <summary>JSON array of {field, old, new}.</summary>
    public required string Changes { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
