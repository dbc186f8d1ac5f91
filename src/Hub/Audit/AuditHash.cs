using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Audit;

/// <summary>
/// The hash of an entry: SHA-256 (lower-case hex) over a canonical text that any verifier can rebuild: each field
/// in a fixed order as its UTF-8 byte length, a colon, the text and a line feed; a missing value as "~" and a line
/// feed. The instant is UTC with seven decimals. The previous hash is the last field. See docs/audit.md.
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Compute(AuditEntry entry)
    {
        var canonical = Canonical(entry);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static string Canonical(AuditEntry e)
    {
        var text = new StringBuilder();
        foreach (var field in new[]
        {
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            e.Subject, e.Organisation, e.Via, e.Operation, e.ItemType, e.ItemId, e.Owner,
            e.Version.ToString(CultureInfo.InvariantCulture), e.Changes, e.PreviousHash,
        })
        {
            if (field is null) text.Append("~\n");
            else text.Append(Encoding.UTF8.GetByteCount(field)).Append(':').Append(field).Append('\n');
        }
        return text.ToString();
    }
}
