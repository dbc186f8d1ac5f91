using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>
/// Appends entries to the chain inside the writing transaction. It starts by locking the chain's head for the
/// transaction (<see cref="IAuditChainLock"/>: the database engine's own way), so the head read here cannot move
/// until the transaction ends, whichever process writes: appends never fork.
/// </summary>
public sealed class AuditAppender
{
    /// <summary>The setting that remembers the newest entry, so deleting entries from the end is detected too.</summary>
    public const string HeadKey = "audit-head";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HubDbContext _db;
    private int _lastId;
    private string _lastHash;

    private AuditAppender(HubDbContext db, int lastId, string lastHash)
    {
        _db = db;
        _lastId = lastId;
        _lastHash = lastHash;
    }

    public static async Task<AuditAppender> StartAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var head = await db.Provider.AuditChainLock.LockHeadAsync(db, cancellationToken);
        return new AuditAppender(db, head.Id, head.Hash);
    }

    /// <summary>Numbers, links and hashes the entry and adds it to the transaction.</summary>
    public AuditEntry Append(AuditEntry entry)
    {
        entry.Id = ++_lastId;
        entry.PreviousHash = _lastHash;
        entry.Hash = _lastHash = AuditHash.Compute(entry);
        _db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Records the newest entry appended so far; part of the same transaction.</summary>
    public async Task RecordHeadAsync(CancellationToken cancellationToken)
    {
        var head = await _db.Settings.FirstOrDefaultAsync(s => s.Key == HeadKey, cancellationToken);
        if (head is null) _db.Settings.Add(head = new HubSetting { Key = HeadKey, Value = "" });
        head.Value = Head(_lastId, _lastHash);
    }

    public static string Head(int id, string hash) => $"{id} {hash}";

    /// <summary>The changed fields as stored: a JSON array of {field, old, new}.</summary>
    public static string Serialise(IReadOnlyList<FieldChange> changes) =>
        new JsonArray([.. changes.Select(c => (JsonNode)new JsonObject
        {
            ["field"] = c.Field,
            ["old"] = c.Old?.DeepClone(),
            ["new"] = c.New?.DeepClone(),
        })]).ToJsonString(Json);
}
