using Hub.Publishing;

namespace Hub.Materials;

public sealed class CreateMaterialInputType() : ItemInputGraphType<CompetenceMaterial>(MaterialInputs.Kind, InputShape.Create,
    "CreateMaterialInput", "A new competence-development material of your organisation. Every problem is reported at once in the payload's errors.");

public sealed class UpdateMaterialInputType() : ItemInputGraphType<CompetenceMaterial>(MaterialInputs.Kind, InputShape.Update,
    "UpdateMaterialInput", "Changes to a material: only the fields given change (null clears a field); the version you read must still be current.");

public sealed class RetireMaterialInputType() : ItemInputGraphType<CompetenceMaterial>(MaterialInputs.Kind, InputShape.Retire,
    "RetireMaterialInput", "The material to retire and the version you read.");

public sealed class MaterialPayloadType() : ItemPayloadGraphType<MaterialType, CompetenceMaterial>("MaterialPayload", "material", "material");
