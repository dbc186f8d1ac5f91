using GraphQL.DataLoader;
using Hub.Data;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Kinds;
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
}
