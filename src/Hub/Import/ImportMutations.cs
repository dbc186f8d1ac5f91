using GraphQL.Types;
using Hub.Auth;
using Hub.Kinds;
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
                var kind = r.Hub.Kinds.Importable.First(k => k.Import!.Name == (string)input["kind"]!);
                // Every row becomes an item of the caller's organisation: the same rule as for one item.
                kind.EnsureMayImport(r.Services.GetRequiredService<Ownership>(), caller);
                var file = ImportFile.Read((ImportFormat)input["format"]!, (string)input["content"]!);
                return await kind.ImportAsync(r.Services.GetRequiredService<InventoryImport>(), r.Hub.Db, Actor.From(caller, Actor.ViaImport),
                    caller.OrganisationCode!, file, input.TryGetValue("dryRun", out var dryRun) && dryRun is true, null, r.CancellationToken);
            });
}
