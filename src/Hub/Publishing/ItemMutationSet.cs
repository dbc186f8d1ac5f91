using GraphQL.Types;
using Hub.Kinds;

namespace Hub.Publishing;

/// <summary>
/// The create, update and retire mutations of one kind with their input and payload types, built from the kind's field
/// declarations once per schema (a schema holds each named type once) and added to the Mutation type.
/// </summary>
public sealed class ItemMutationSet<T, TGraph>(ItemKind<T> kind, MutationFacet names) where T : class, Access.IEntity where TGraph : IGraphType
{
    private readonly IGraphType _payload = new ItemPayloadGraphType<TGraph, T>($"{names.Name}Payload", names.ItemField, kind.Noun);
    private readonly IGraphType _create = new ItemInputGraphType<T>(kind, InputShape.Create, $"Create{names.Name}Input", names.CreateInputDescription);
    private readonly IGraphType _update = new ItemInputGraphType<T>(kind, InputShape.Update, $"Update{names.Name}Input", names.UpdateInputDescription);
    private readonly IGraphType? _retire = names.RetireInputDescription is { } retire
        ? new ItemInputGraphType<T>(kind, InputShape.Retire, $"Retire{names.Name}Input", retire) : null;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation($"create{names.Name}", names.CreateDescription, names.Policy, _create, _payload,
            async r => await r.Items.CreateAsync(r.Hub, kind, r.Input, r.CancellationToken));
        mutation.Mutation($"update{names.Name}", names.UpdateDescription, names.Policy, _update, _payload,
            async r => await r.Items.UpdateAsync(r.Hub, kind, r.Input, r.CancellationToken));
        if (_retire is not null && names.RetireDescription is { } description)
            mutation.Mutation($"retire{names.Name}", description, names.Policy, _retire, _payload,
                async r => await r.Items.RetireAsync(r.Hub, kind, r.Input, r.CancellationToken));
    }
}
