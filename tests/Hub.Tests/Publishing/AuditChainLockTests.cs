using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

/// <summary>The audit chain stays linear because its head is locked for each writing transaction, not by chance.</summary>
public sealed class AuditChainLockTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task TheHeadIsLockedOnlyInsideAWritingTransaction()
    {
        using var scope = hub.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Provider.AuditChainLock.LockHeadAsync(db, CancellationToken.None));

        await using var transaction = await db.Database.BeginTransactionAsync();
        var head = await db.Provider.AuditChainLock.LockHeadAsync(db, CancellationToken.None);
        var last = await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync();
        Assert.Equal(last?.Id ?? 0, head.Id);
    }

    [Fact]
    public async Task ConcurrentWritersAppendOneUnbrokenChain()
    {
        var clients = Enumerable.Range(0, 3).Select(_ => hub.CreateClientAs("FK", "publisher")).ToList();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => clients[i % 3].SaveAsync("createMaterial", NewMaterial($"chain-{i}"))));

        using var scope = hub.Services.CreateScope();
        var verification = await Hub.Audit.AuditChain.VerifyAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), CancellationToken.None);
        Assert.True(verification.Intact, verification.Message);
        Assert.True(verification.Entries >= 30);
    }
}
