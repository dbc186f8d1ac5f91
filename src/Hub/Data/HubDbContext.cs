using Hub.Interventions;
using Hub.Materials;
using Hub.Organisations;
using Hub.Statistics;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.Data;

/// <summary>The Hub's one database. The model is provider-neutral: SQLite by default, PostgreSQL when configured.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<VocabularyEntry> VocabularyEntries => Set<VocabularyEntry>();
    public DbSet<Intervention> Interventions => Set<Intervention>();
    public DbSet<InterventionCode> InterventionCodes => Set<InterventionCode>();
    public DbSet<InterventionPartner> InterventionPartners => Set<InterventionPartner>();
    public DbSet<CompetenceMaterial> Materials => Set<CompetenceMaterial>();
    public DbSet<MaterialCode> MaterialCodes => Set<MaterialCode>();
    public DbSet<StatisticsDataset> StatisticsDatasets => Set<StatisticsDataset>();
    public DbSet<StatisticsCell> StatisticsCells => Set<StatisticsCell>();
    public DbSet<HubSetting> Settings => Set<HubSetting>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    /// <summary>The engine-specific parts (search, the audit chain's lock) of the provider this context was configured by.</summary>
    public IDatabaseProvider Provider => _provider ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<IDatabaseProvider>()
        ?? throw new InvalidOperationException("HubDbContext is configured through AddHubData, which registers its IDatabaseProvider.");

    private IDatabaseProvider? _provider;

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads the same as the API and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        // SQLite cannot order or compare DateTimeOffset; UTC ticks sort and compare correctly on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
