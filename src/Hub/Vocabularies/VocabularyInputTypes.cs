using Hub.Publishing;

namespace Hub.Vocabularies;

public sealed class CreateVocabularyEntryInputType() : ItemInputGraphType<VocabularyEntry>(VocabularyInputs.Kind, InputShape.Create,
    "CreateVocabularyEntryInput", "A new entry of a controlled vocabulary (admins of the coordinating agency).");

public sealed class UpdateVocabularyEntryInputType() : ItemInputGraphType<VocabularyEntry>(VocabularyInputs.Kind, InputShape.Update,
    "UpdateVocabularyEntryInput", "Changes to a vocabulary entry's labels, description or order; its scheme and code never change.");

public sealed class VocabularyEntryPayloadType() : ItemPayloadGraphType<VocabularyEntryType, VocabularyEntry>("VocabularyEntryPayload", "vocabularyEntry", "vocabulary entry");
