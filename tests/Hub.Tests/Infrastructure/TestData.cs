using Hub.Access;
using Hub.Data;
using Hub.Interventions;
using Hub.Materials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Infrastructure;

/// <summary>Writes a test's own rows straight into the Hub's database (the publishing API has its own tests).</summary>
public static class TestData
{
    public static async Task<CompetenceMaterial> AddMaterialAsync(this HubFactory hub, string title, string owner = "MIGR",
        Visibility visibility = Visibility.Public, string format = "GUIDE", string[]? themes = null, string? description = null,
        DateTimeOffset? updatedAt = null)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var ownerId = await db.Organisations.Where(o => o.Code == owner).Select(o => o.Id).SingleAsync();
        var now = updatedAt ?? DateTimeOffset.UtcNow;
        var material = new CompetenceMaterial
        {
            Title = title, OwnerId = ownerId, Visibility = visibility, FormatCode = format, Description = description,
            ExternalId = Guid.NewGuid().ToString("N"), CreatedAt = now, UpdatedAt = now,
            Codes = [.. (themes ?? []).Select(t => new MaterialCode { Scheme = "THEME", Code = t })],
        };
        db.Materials.Add(material);
        await db.SaveChangesAsync();
        return material;
    }

    public static async Task<T> QueryAsync<T>(this HubFactory hub, Func<HubDbContext, Task<T>> query)
    {
        hub.CreateClient();
        await using var scope = hub.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    /// <summary>The audit entries of the item with this global id, oldest first (the audit records its domain reference).</summary>
    public static Task<List<Audit.AuditEntry>> AuditEntriesOfAsync(this HubFactory hub, string globalId)
    {
        var reference = hub.Services.GetRequiredService<Hub.Kinds.KindRegistry>().TryDecode(globalId, out var item) ? item.ToString() : globalId;
        return hub.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.ItemId == reference).OrderBy(e => e.Id).ToListAsync());
    }

    public static async Task<List<Intervention>> AllInterventionsAsync(this HubFactory hub) =>
        await hub.QueryAsync(db => db.Interventions.AsNoTracking().Include(i => i.Codes).Include(i => i.Partners).Include(i => i.Owner).ToListAsync());

    public static async Task<List<CompetenceMaterial>> AllMaterialsAsync(this HubFactory hub) =>
        await hub.QueryAsync(db => db.Materials.AsNoTracking().Include(m => m.Codes).Include(m => m.Owner).ToListAsync());
}
