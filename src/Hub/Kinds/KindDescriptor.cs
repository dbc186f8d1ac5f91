using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hub.Kinds;

/// <summary>
/// One kind of item the Hub serves by global id (materials, interventions, datasets, organisations, vocabulary
/// entries): its key in the domain, the GraphQL type that shows it and how a caller reaches one. Declared once per
/// kind, in the kind's folder, and registered in <see cref="KindRegistry"/>; node resolution, the audit trail and
/// the model iterate over the registered kinds instead of naming them.
/// </summary>
public abstract class KindDescriptor
{
    /// <summary>The kind's key in the domain (<see cref="Access.ItemKinds"/>), recorded in audit entries: never rename one.</summary>
    public abstract string Key { get; }

    /// <summary>The GraphQL object type that shows an item of the kind; global ids carry it.</summary>
    public abstract string TypeName { get; }

    /// <summary>The item by id, batched with the other look-ups of the request; null when it is missing or hidden from the caller.</summary>
    public abstract IDataLoaderResult<object?> Load(HubRequestContext hub, int id);

    /// <summary>Whether the item exists and the caller may see it (the Hub's admins see every item): what the audit trail asks.</summary>
    public abstract Task<bool> ExistsForAsync(HubRequestContext hub, int id, bool admin, CancellationToken cancellationToken);

    /// <summary>Adds the kind's tables to the model.</summary>
    public abstract void ConfigureModel(ModelBuilder model);

    /// <summary>Adds the kind's create, update and retire mutations, if it has any.</summary>
    public virtual void AddMutations(ObjectGraphType mutation)
    {
    }
}
