using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.Auth;
using Hub.Data;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.Kinds;
using Hub.Publishing;
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

    public override void AddMutations(ObjectGraphType mutation) => (_mutations ??= new(VocabularyInputs.Kind, new MutationFacet("VocabularyEntry",
        "Adds an entry to a controlled vocabulary (admins of the coordinating agency). Filters and imports accept it at once.",
        "Changes the labels, description or order of a vocabulary entry (admins of the coordinating agency).", null,
        "A new entry of a controlled vocabulary (admins of the coordinating agency).",
        "Changes to a vocabulary entry's labels, description or order; its scheme and code never change.", null,
        "vocabularyEntry", Policies.Admin))).AddTo(mutation);

    private ItemMutationSet<VocabularyEntry, VocabularyEntryType>? _mutations;
}
