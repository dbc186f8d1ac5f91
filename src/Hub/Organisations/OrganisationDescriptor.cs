using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.Auth;
using Hub.Data;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Kinds;
using Hub.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Organisations;

/// <summary>Organisations: shared reference data everyone may read, managed by the Hub's admins.</summary>
public sealed class OrganisationDescriptor : KindDescriptor
{
    public override string Key => Access.ItemKinds.Organisation;

    public override string TypeName => OrganisationType.TypeName;

    public override IDataLoaderResult<object?> Load(HubRequestContext hub, int id) => hub.OrganisationById(id).Then(o => (object?)o);

    public override Task<bool> ExistsForAsync(HubRequestContext hub, int id, bool admin, CancellationToken cancellationToken) =>
        hub.Db.Organisations.AnyAsync(o => o.Id == id, cancellationToken);

    public override void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new OrganisationConfiguration());

    public override void AddMutations(ObjectGraphType mutation) => (_mutations ??= new(OrganisationInputs.Kind, new MutationFacet("Organisation",
        "Adds an organisation to the Hub (admins of the coordinating agency).",
        "Changes the fields given of an organisation (admins of the coordinating agency).", null,
        "A new organisation of the Hub (admins of the coordinating agency). Tokens name it by its code.",
        "Changes to an organisation: only the fields given change (null clears a field); the code never changes.", null,
        "organisation", Policies.Admin))).AddTo(mutation);

    private ItemMutationSet<Organisation, OrganisationType>? _mutations;
}
