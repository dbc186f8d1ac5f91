using GraphQL.Types;
using Hub.Audit;
using Hub.Import;
using Hub.Kinds;

namespace Hub.GraphQL;

/// <summary>The write side of the schema. Root fields are declared by each domain folder; this only assembles them.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(KindRegistry kinds)
    {
        Name = "Mutation";
        Description = "Everything the Hub lets you change. Each mutation takes one `input` and returns a payload with the item and `errors`; " +
            "every change is recorded in the audit trail with who made it. Mutations in one request run one after another.";
        foreach (var kind in kinds.Inventories) kind.AddMutations(this);
        this.AddImportMutations();
        foreach (var kind in kinds.All.Where(k => k is not InventoryDescriptor)) kind.AddMutations(this);
        Hub.Statistics.Publishing.StatisticsMutations.AddStatisticsMutations(this);
    }
}
