using GraphQL.Types;

namespace Hub.GraphQL;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything with a global id. Fetch any of them again with `node(id:)` or `nodes(ids:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id: opaque, stable across restarts and versions, unique across types.");
    }
}
