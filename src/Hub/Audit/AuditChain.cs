using System.Globalization;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>The result of checking the chain: intact, or the first entry where it breaks and why.</summary>
public sealed record AuditVerification(bool Intact, int Entries, int? BrokenAt, string Message);

/// <summary>
/// Checks the whole audit trail: numbers without gaps from 1, each entry's hash over its content, each link to the
/// previous hash, and the recorded head (so entries deleted from the end are noticed as well).
/// </summary>
public static class AuditChain
{
    public static async Task<AuditVerification> VerifyAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var expected = 1;
        var previous = AuditHash.Genesis;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Id != expected)
                return Broken(expected, expected - 1, $"entry #{expected} is missing: the chain goes from #{expected - 1} to #{entry.Id}.");
            if (AuditHash.Compute(entry) != entry.Hash)
                return Broken(entry.Id, expected - 1, $"entry #{entry.Id} was altered: its content no longer matches its hash.");
            if (entry.PreviousHash != previous)
                return Broken(entry.Id, expected - 1, $"entry #{entry.Id} does not follow entry #{entry.Id - 1}: the hash it links to differs, so one of them was altered.");
            previous = entry.Hash;
            expected++;
        }
        var count = expected - 1;
        var head = await db.Settings.AsNoTracking().Where(s => s.Key == AuditAppender.HeadKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrEmpty(head))
            return count == 0
                ? new AuditVerification(true, 0, null, "The audit trail is empty.")
                : Broken(1, count, $"the record of the newest entry is missing although the trail holds {count} entries.");
        var parts = head.Split(' ');
        var headId = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (headId > count)
            return Broken(count + 1, count, $"entry #{count + 1} is missing: the trail ends at #{count} but entries up to #{headId} were written.");
        if (headId != count || parts[1] != previous)
            return Broken(headId, count, $"the record of the newest entry (#{headId}) does not match the trail's last entry (#{count}).");
        return new AuditVerification(true, count, null, $"The audit trail is intact: {count} entries, the newest #{count} with hash {previous}.");
    }

    private static AuditVerification Broken(int at, int intactEntries, string reason) =>
        new(false, intactEntries, at, $"The audit trail is broken at entry #{at}: {reason}");
}
