using GraphQL.DataLoader;
using Hub.Data;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Kinds;
using Microsoft.EntityFrameworkCore;

namespace Hub.Vocabularies;

/// <summary>Vocabulary entries: shared reference data everyone may read, served from the request's vocabulary snapshot.</summary>
public sealed class VocabularyEntryDescriptor : KindDescriptor
{
    public override string Key => Access.ItemKinds.VocabularyEntry;

    public override string TypeName => VocabularyEntryType.TypeName;

    public override IDataLoaderResult<object?> Load(HubRequestContext hub, int id) => DataLoaderResultExtensions.Done<object?>(hub.Vocabulary.ById(id));

    public override Task<bool> ExistsForAsync(HubRequestContext hub, int id, bool admin, CancellationToken cancellationToken) =>
        Task.FromResult(hub.Vocabulary.ById(id) is not null);

    public override void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new VocabularyEntryConfiguration());
}
