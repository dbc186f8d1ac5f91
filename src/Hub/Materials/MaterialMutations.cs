using GraphQL.Types;
using Hub.Auth;
using Hub.Publishing;

namespace Hub.Materials;

public static class MaterialMutations
{
    public static void AddMaterialMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateMaterialInputType, MaterialPayloadType>("createMaterial",
            "Publishes a new competence-development material of your organisation (role publisher).", Policies.Publisher,
            async r => await r.Items.CreateAsync(r.Hub, MaterialInputs.Kind, r.Input, r.CancellationToken));
        mutation.Mutation<UpdateMaterialInputType, MaterialPayloadType>("updateMaterial",
            "Changes the fields given of one of your organisation's materials, if nobody changed it since you read it.", Policies.Publisher,
            async r => await r.Items.UpdateAsync(r.Hub, MaterialInputs.Kind, r.Input, r.CancellationToken));
        mutation.Mutation<RetireMaterialInputType, MaterialPayloadType>("retireMaterial",
            "Retires one of your organisation's materials: it stays for history and is listed with `includeRetired: true` only.", Policies.Publisher,
            async r => await r.Items.RetireAsync(r.Hub, MaterialInputs.Kind, r.Input, r.CancellationToken));
    }
}
