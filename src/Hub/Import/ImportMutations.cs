using GraphQL.Types;
using Hub.Auth;
using Hub.Interventions;
using Hub.Materials;
using Hub.Publishing;

namespace Hub.Import;

public static class ImportMutations
{
    public static void AddImportMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<ImportInventoryInputType, ImportInventoryPayloadType>("importInventory",
            "Imports a spreadsheet export (CSV or JSON) of your organisation's materials or interventions in one transaction (role publisher). " +
            "Rows are matched on externalId: created, updated or left unchanged; if any row is invalid nothing is applied.", Policies.Publisher,
            async r =>
            {
                var input = r.Input;
                var caller = r.Hub.Caller;
                var kind = (InventoryKind)input["kind"]!;
                // Every row becomes an item of the caller's organisation: the same rule as for one item.
                var ownership = r.Services.GetRequiredService<Ownership>();
                if (kind == InventoryKind.Interventions) ownership.EnsureMayChange(caller, InterventionInputs.Kind, caller.OrganisationId);
                else ownership.EnsureMayChange(caller, MaterialInputs.Kind, caller.OrganisationId);
                var file = ImportFile.Read((ImportFormat)input["format"]!, (string)input["content"]!);
                return await r.Services.GetRequiredService<InventoryImport>().RunAsync(r.Hub.Db, Actor.From(caller, Actor.ViaImport),
                    caller.OrganisationCode!, kind, file, input.TryGetValue("dryRun", out var dryRun) && dryRun is true,
                    null, r.CancellationToken);
            });
}
