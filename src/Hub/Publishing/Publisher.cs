using Hub.Data;
using Hub.Vocabularies;

namespace Hub.Publishing;

/// <summary>Opens writing sessions: the only way the Hub changes inventories, organisations and vocabularies.</summary>
public sealed class Publisher(IHubEvents events, VocabularyCache vocabulary, TimeProvider clock)
{
    public async Task<WriteSession> BeginAsync(HubDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken now, so what the
        // session reads (versions, the audit chain's head) cannot change under it, and concurrent writers queue up
        // (SqliteSettings.BusyTimeout) instead of interleaving.
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var snapshot = await vocabulary.GetAsync(cancellationToken);
            var context = await PublishingContext.LoadAsync(db, snapshot, clock.GetUtcNow(), cancellationToken);
            return new WriteSession(db, transaction, actor, context, events);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
