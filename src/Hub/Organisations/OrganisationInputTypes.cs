using Hub.Publishing;

namespace Hub.Organisations;

public sealed class CreateOrganisationInputType() : ItemInputGraphType<Organisation>(OrganisationInputs.Kind, InputShape.Create,
    "CreateOrganisationInput", "A new organisation of the Hub (admins of the coordinating agency). Tokens name it by its code.");

public sealed class UpdateOrganisationInputType() : ItemInputGraphType<Organisation>(OrganisationInputs.Kind, InputShape.Update,
    "UpdateOrganisationInput", "Changes to an organisation: only the fields given change (null clears a field); the code never changes.");

public sealed class OrganisationPayloadType() : ItemPayloadGraphType<OrganisationType, Organisation>("OrganisationPayload", "organisation", "organisation");
