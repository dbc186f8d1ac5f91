using Hub.Publishing;

namespace Hub.Interventions;

public sealed class CreateInterventionInputType() : ItemInputGraphType<Intervention>(InterventionInputs.Kind, InputShape.Create,
    "CreateInterventionInput", "A new intervention of your organisation. Every problem is reported at once in the payload's errors.");

public sealed class UpdateInterventionInputType() : ItemInputGraphType<Intervention>(InterventionInputs.Kind, InputShape.Update,
    "UpdateInterventionInput", "Changes to an intervention: only the fields given change (null clears a field); the version you read must still be current.");

public sealed class RetireInterventionInputType() : ItemInputGraphType<Intervention>(InterventionInputs.Kind, InputShape.Retire,
    "RetireInterventionInput", "The intervention to retire and the version you read.");

public sealed class InterventionPayloadType() : ItemPayloadGraphType<InterventionType, Intervention>("InterventionPayload", "intervention", "intervention");
