using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.GraphQL;

namespace Hub.Publishing;

public static class MutationFields
{
    /// <summary>
    /// Declares a mutation with one <c>input</c> argument. The policy is checked before anything runs; what
    /// depends on the data (whose item it is) is checked by <see cref="Ownership"/> where the item is loaded.
    /// </summary>
    public static void Mutation<TInput, TPayload>(this ObjectGraphType mutation, string name, string description, string policy,
        Func<MutationRequest, Task<object?>> resolve) where TInput : IGraphType where TPayload : IGraphType =>
        Resolve(mutation.Field<NonNullGraphType<TPayload>>(name).Argument<NonNullGraphType<TInput>>("input", "What to change."),
            description, policy, resolve);

    /// <summary>The same, with input and payload types built at run time (an inventory kind's, from its declaration).</summary>
    public static void Mutation(this ObjectGraphType mutation, string name, string description, string policy,
        IGraphType input, IGraphType payload, Func<MutationRequest, Task<object?>> resolve) =>
        Resolve(mutation.Field(name, new NonNullGraphType(payload)).Argument(new NonNullGraphType(input), "input", a => a.Description = "What to change."),
            description, policy, resolve);

    private static void Resolve(FieldBuilder<object?, object> field, string description, string policy, Func<MutationRequest, Task<object?>> resolve) =>
        field.Description(description)
            .AuthorizeWithPolicy(policy)
            .ResolveAsync(c =>
            {
                // What earlier mutations of this request loaded is stale now; the payload must read the new state.
                c.Hub().Loaders.Clear();
                return resolve(new MutationRequest(c));
            });
}

/// <summary>What a mutation resolver needs: the request, the item mutations and the input's fields as given.</summary>
public sealed class MutationRequest(IResolveFieldContext context)
{
    public HubRequestContext Hub => context.Hub();

    public ItemMutations Items => context.RequestServices!.GetRequiredService<ItemMutations>();

    public IServiceProvider Services => context.RequestServices!;

    public CancellationToken CancellationToken => context.CancellationToken;

    /// <summary>The input object with exactly the fields the client sent, so an absent field and null differ.</summary>
    public IDictionary<string, object?> Input => (IDictionary<string, object?>)context.Arguments!["input"].Value!;
}
