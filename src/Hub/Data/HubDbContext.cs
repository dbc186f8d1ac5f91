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

    /// <summary>The kinds of item this Hub serves (the Hub's own outside the application); each adds its own tables to the model.</summary>
    public Kinds.KindRegistry Kinds => _kinds ??=
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<Kinds.KindRegistry>()
        ?? OwnKinds.Value;

    private static readonly Lazy<Kinds.KindRegistry> OwnKinds = new(Hub.Kinds.KindRegistry.Own);

    private Kinds.KindRegistry? _kinds;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new HubSettingConfiguration());
        modelBuilder.ApplyConfiguration(new Audit.AuditEntryConfiguration());
        foreach (var kind in Kinds.All) kind.ConfigureModel(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads the same as the API and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        // SQLite cannot order or compare DateTimeOffset; UTC ticks sort and compare correctly on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}

/// <summary>
/// One compiled model per set of kinds: the Hub's own, or a test's with a kind of its own. EF Core otherwise caches one
/// model per context type for the whole process.
/// </summary>
public sealed class KindsModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is HubDbContext hub ? hub.Kinds.ModelKey : "", designTime);
}
