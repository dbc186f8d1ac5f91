using GraphQL.Types;
using Hub.Auth;
using Hub.Publishing;

namespace Hub.Interventions;

public static class InterventionMutations
{
    public static void AddInterventionMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateInterventionInputType, InterventionPayloadType>("createIntervention",
            "Publishes a new intervention (insats, åtgärd, stöd) of your organisation (role publisher).", Policies.Publisher,
            async r => await r.Items.CreateAsync(r.Hub, InterventionInputs.Kind, r.Input, r.CancellationToken));
        mutation.Mutation<UpdateInterventionInputType, InterventionPayloadType>("updateIntervention",
            "Changes the fields given of one of your organisation's interventions, if nobody changed it since you read it.", Policies.Publisher,
            async r => await r.Items.UpdateAsync(r.Hub, InterventionInputs.Kind, r.Input, r.CancellationToken));
        mutation.Mutation<RetireInterventionInputType, InterventionPayloadType>("retireIntervention",
            "Retires one of your organisation's interventions: it stays for history and is listed with `includeRetired: true` only.", Policies.Publisher,
            async r => await r.Items.RetireAsync(r.Hub, InterventionInputs.Kind, r.Input, r.CancellationToken));
    }
}
