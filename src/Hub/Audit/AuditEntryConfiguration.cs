using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        // The key is the sequence number the appender assigns, so two appends that raced would collide on it
        // instead of forking the chain.
        e.Property(a => a.Id).ValueGeneratedNever();
        e.HasIndex(a => new { a.ItemId, a.Id });
        e.HasIndex(a => new { a.Owner, a.At, a.Id });
        e.Property(a => a.Subject).HasMaxLength(200);
        e.Property(a => a.Organisation).HasMaxLength(32);
        e.Property(a => a.Owner).HasMaxLength(32);
        e.Property(a => a.Via).HasMaxLength(16);
        e.Property(a => a.Operation).HasMaxLength(16);
        e.Property(a => a.ItemType).HasMaxLength(40);
        e.Property(a => a.ItemId).HasMaxLength(100);
        e.Property(a => a.PreviousHash).HasMaxLength(64);
        e.Property(a => a.Hash).HasMaxLength(64);
    }
}
