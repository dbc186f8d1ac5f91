using GraphQL.Types;
using Hub.Auth;
using Hub.Publishing;

namespace Hub.Organisations;

public static class OrganisationMutations
{
    public static void AddOrganisationMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateOrganisationInputType, OrganisationPayloadType>("createOrganisation",
            "Adds an organisation to the Hub (admins of the coordinating agency).", Policies.Admin,
            async r => await r.Items.CreateAsync(r.Hub, OrganisationInputs.Kind, r.Input, r.CancellationToken));
        mutation.Mutation<UpdateOrganisationInputType, OrganisationPayloadType>("updateOrganisation",
            "Changes the fields given of an organisation (admins of the coordinating agency).", Policies.Admin,
            async r => await r.Items.UpdateAsync(r.Hub, OrganisationInputs.Kind, r.Input, r.CancellationToken));
    }
}
