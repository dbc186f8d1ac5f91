using Hub.Import;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>The write path: sessions with audit and events, item mutations, imports and the ownership rule.</summary>
    public static IServiceCollection AddHubPublishing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Ownership reads the coordinating agency from HubAuthOptions, which the auth wiring binds (defaults otherwise).
        services.AddSingleton<IHubEvents, HubEvents>();
        services.AddSingleton<Publisher>();
        services.AddSingleton<Ownership>();
        services.AddSingleton<ItemMutations>();
        services.AddSingleton<InventoryImport>();
        return services;
    }
}
