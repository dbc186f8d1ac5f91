using Hub.Interventions;
using Hub.Materials;
using Hub.Organisations;
using Hub.Statistics;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.HasIndex(o => o.Code).IsUnique();
        e.Property(o => o.Code).HasMaxLength(32);
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.NameEn).HasMaxLength(200);
        e.Property(o => o.Version).IsConcurrencyToken();
    }
}

internal sealed class VocabularyEntryConfiguration : IEntityTypeConfiguration<VocabularyEntry>
{
    public void Configure(EntityTypeBuilder<VocabularyEntry> e)
    {
        e.HasIndex(v => new { v.Scheme, v.Code }).IsUnique();
        e.Property(v => v.Scheme).HasMaxLength(40);
        e.Property(v => v.Code).HasMaxLength(40);
        e.Property(v => v.Version).IsConcurrencyToken();
    }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> e)
    {
        e.HasOne(i => i.Owner).WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(i => new { i.OwnerId, i.ExternalId }).IsUnique();
        e.HasIndex(i => new { i.Title, i.Id });
        e.HasIndex(i => new { i.UpdatedAt, i.Id });
        e.Property(i => i.Title).HasMaxLength(300);
        e.Property(i => i.ExternalId).HasMaxLength(100);
        e.Property(i => i.Version).IsConcurrencyToken();
        e.Ignore(i => i.Nationwide);
        e.HasMany(i => i.Codes).WithOne().HasForeignKey(c => c.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(i => i.Partners).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterventionCodeConfiguration : IEntityTypeConfiguration<InterventionCode>
{
    public void Configure(EntityTypeBuilder<InterventionCode> e)
    {
        e.HasKey(c => new { c.InterventionId, c.Scheme, c.Code });
        e.HasIndex(c => new { c.Scheme, c.Code });
        e.Property(c => c.Scheme).HasMaxLength(40);
        e.Property(c => c.Code).HasMaxLength(40);
    }
}

internal sealed class InterventionPartnerConfiguration : IEntityTypeConfiguration<InterventionPartner>
{
    public void Configure(EntityTypeBuilder<InterventionPartner> e)
    {
        e.HasKey(p => new { p.InterventionId, p.OrganisationId });
        e.HasIndex(p => p.OrganisationId);
        e.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<CompetenceMaterial>
{
    public void Configure(EntityTypeBuilder<CompetenceMaterial> e)
    {
        e.ToTable("Materials");
        e.HasOne(m => m.Owner).WithMany().HasForeignKey(m => m.OwnerId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(m => new { m.OwnerId, m.ExternalId }).IsUnique();
        e.HasIndex(m => new { m.Title, m.Id });
        e.HasIndex(m => new { m.UpdatedAt, m.Id });
        e.Property(m => m.Title).HasMaxLength(300);
        e.Property(m => m.ExternalId).HasMaxLength(100);
        e.Property(m => m.FormatCode).HasMaxLength(40);
        e.Property(m => m.Version).IsConcurrencyToken();
        e.HasMany(m => m.Codes).WithOne().HasForeignKey(c => c.MaterialId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MaterialCodeConfiguration : IEntityTypeConfiguration<MaterialCode>
{
    public void Configure(EntityTypeBuilder<MaterialCode> e)
    {
        e.HasKey(c => new { c.MaterialId, c.Scheme, c.Code });
        e.HasIndex(c => new { c.Scheme, c.Code });
        e.Property(c => c.Scheme).HasMaxLength(40);
        e.Property(c => c.Code).HasMaxLength(40);
    }
}

internal sealed class StatisticsDatasetConfiguration : IEntityTypeConfiguration<StatisticsDataset>
{
    public void Configure(EntityTypeBuilder<StatisticsDataset> e)
    {
        e.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(d => d.Intervention).WithMany().HasForeignKey(d => d.InterventionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(d => new { d.OwnerId, d.ExternalId }).IsUnique();
        e.HasIndex(d => new { d.Title, d.Id });
        e.Property(d => d.Title).HasMaxLength(300);
        e.Property(d => d.Version).IsConcurrencyToken();
        e.Ignore(d => d.Dimensions);
    }
}

internal sealed class StatisticsCellConfiguration : IEntityTypeConfiguration<StatisticsCell>
{
    public void Configure(EntityTypeBuilder<StatisticsCell> e)
    {
        e.HasIndex(c => c.DatasetId);
        e.HasOne<StatisticsDataset>().WithMany().HasForeignKey(c => c.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HubSettingConfiguration : IEntityTypeConfiguration<HubSetting>
{
    public void Configure(EntityTypeBuilder<HubSetting> e)
    {
        e.HasKey(s => s.Key);
        e.Property(s => s.Key).HasMaxLength(64);
    }
}
