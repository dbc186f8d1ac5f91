using GraphQL.Types;
using Hub.Auth;
using Hub.Publishing;

namespace Hub.Vocabularies;

public static class VocabularyMutations
{
    public static void AddVocabularyMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateVocabularyEntryInputType, VocabularyEntryPayloadType>("createVocabularyEntry",
            "Adds an entry to a controlled vocabulary (admins of the coordinating agency). Filters and imports accept it at once.", Policies.Admin,
            async r => await r.Items.CreateAsync(r.Hub, VocabularyInputs.Kind, r.Input, r.CancellationToken));
        mutation.Mutation<UpdateVocabularyEntryInputType, VocabularyEntryPayloadType>("updateVocabularyEntry",
            "Changes the labels, description or order of a vocabulary entry (admins of the coordinating agency).", Policies.Admin,
            async r => await r.Items.UpdateAsync(r.Hub, VocabularyInputs.Kind, r.Input, r.CancellationToken));
    }
}
