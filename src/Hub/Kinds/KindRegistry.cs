using Hub.Access;
using Hub.GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Kinds;

/// <summary>
/// The kinds of item this Hub serves, in registration order: the one list that node resolution, search, import,
/// coverage, the audit trail, global ids, the model and the schema iterate over. A new kind is one folder and one
/// line in <see cref="KindServiceCollectionExtensions.OwnKinds"/>.
/// </summary>
public sealed class KindRegistry
{
    private readonly Dictionary<string, KindDescriptor> _byKey;
    private readonly Dictionary<string, KindDescriptor> _byTypeName;

    public KindRegistry(IEnumerable<KindDescriptor> kinds)
    {
        All = [.. kinds];
        _byKey = All.ToDictionary(k => k.Key, StringComparer.Ordinal);
        _byTypeName = All.ToDictionary(k => k.TypeName, StringComparer.Ordinal);
        Inventories = [.. All.OfType<InventoryDescriptor>()];
        Searchable = [.. Inventories.Where(k => k.Search is not null)];
        Importable = [.. Inventories.Where(k => k.Import is not null).OrderBy(k => k.Import!.Position)];
        Counted = [.. Inventories.Where(k => k.Coverage is not null).OrderBy(k => k.Coverage!.Position)];
        ModelKey = string.Join(',', All.Select(k => k.Key));
    }

    public IReadOnlyList<KindDescriptor> All { get; }

    public IReadOnlyList<InventoryDescriptor> Inventories { get; }

    public IReadOnlyList<InventoryDescriptor> Searchable { get; }

    /// <summary>The kinds import accepts, in the InventoryKind enum's order.</summary>
    public IReadOnlyList<InventoryDescriptor> Importable { get; }

    /// <summary>The kinds coverage matrices count, in the CoverageKind enum's order.</summary>
    public IReadOnlyList<InventoryDescriptor> Counted { get; }

    /// <summary>Names the set of kinds, so a Hub with other kinds (a test's) gets its own compiled model.</summary>
    public string ModelKey { get; }

    public KindDescriptor? ByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The global id of an item the domain names.</summary>
    public string GlobalIdOf(ItemRef item) => GlobalId.Encode(TypeNameOf(item.Kind), item.Id);

    /// <summary>The GraphQL type that shows a kind of item.</summary>
    public string TypeNameOf(string key) => _byKey[key].TypeName;

    /// <summary>The item a global id names; false when it names none (malformed, or a type that is not an item).</summary>
    public bool TryDecode(string? globalId, out ItemRef item, out KindDescriptor? kind)
    {
        item = default;
        kind = null;
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id) || !_byTypeName.TryGetValue(typeName, out kind)) return false;
        item = new ItemRef(kind.Key, id);
        return true;
    }

    public bool TryDecode(string? globalId, out ItemRef item) => TryDecode(globalId, out item, out _);

    /// <summary>The Hub's own kinds, for a context made outside the application (a test's, or a design-time tool's).</summary>
    public static KindRegistry Own() => new(KindServiceCollectionExtensions.OwnKinds.Select(type => (KindDescriptor)Activator.CreateInstance(type)!));
}

public static class KindServiceCollectionExtensions
{
    /// <summary>The Hub's own kinds, in the order the schema lists them: a new kind is one more line here.</summary>
    internal static readonly Type[] OwnKinds =
    [
        typeof(Organisations.OrganisationDescriptor),
        typeof(Interventions.InterventionDescriptor),
        typeof(Materials.MaterialDescriptor),
        typeof(Statistics.StatisticsDatasetDescriptor),
        typeof(Vocabularies.VocabularyEntryDescriptor),
    ];

    /// <summary>Registers the Hub's own kinds and the registry. Safe to call more than once.</summary>
    public static IServiceCollection AddHubKinds(this IServiceCollection services)
    {
        foreach (var kind in OwnKinds) services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(KindDescriptor), kind));
        services.TryAddSingleton<KindRegistry>();
        return services;
    }

    /// <summary>Registers one kind after those registered before it.</summary>
    public static IServiceCollection AddKind<TKind>(this IServiceCollection services) where TKind : KindDescriptor
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<KindDescriptor, TKind>());
        return services;
    }
}
