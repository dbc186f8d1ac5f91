using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Hub.Organisations;
using Hub.Vocabularies;

namespace Hub.Materials;

public sealed class MaterialType : ObjectGraphType<CompetenceMaterial>
{
    public const string TypeName = "CompetenceMaterial";

    public MaterialType()
    {
        Name = TypeName;
        Description = "A competence-development activity or material (kompetensutvecklingsaktivitet, kunskapshöjande material) that staff use, for example on equal treatment (likvärdigt bemötande).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is CompetenceMaterial;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (opaque, stable).").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(m => m.ExternalId, nullable: true).Description("The owner's own id for the material, used to match imports.");
        Field(m => m.Title).Description("Title (titel).");
        Field(m => m.Description, nullable: true).Description("What the material covers and how it is used (beskrivning).");
        Field<NonNullGraphType<VocabularyEntryType>>("format").Description("The material's format (format), from the FORMAT vocabulary.")
            .Resolve(c => c.Hub().Entry(Schemes.Format, c.Source.FormatCode));
        this.CodeList(Schemes.Theme, "themes", "Themes (teman) the material covers, from the THEME vocabulary.", MaterialCode.OfMaterial);
        this.CodeList(Schemes.Audience, "audiences", "Who the material is for (målgrupp för materialet), from the AUDIENCE vocabulary.", MaterialCode.OfMaterial);
        this.CodeList(Schemes.Language, "languages", "Languages the material is available in (språk), from the LANGUAGE vocabulary.", MaterialCode.OfMaterial);
        this.CodeList(Schemes.DevelopmentArea, "developmentAreas", "Development areas of the joint plan (utvecklingsområden) the material serves.", MaterialCode.OfMaterial);
        Field(m => m.DurationMinutes, nullable: true).Description("Approximate time needed, in minutes (tidsåtgång).");
        Field(m => m.Platform, nullable: true).Description("Where the material lives, e.g. Migrationsakademin or Verksnätet (plattform).");
        Field(m => m.WebUrl, nullable: true).Description("Link to the material (webblänk).");
        Field(m => m.Licence, nullable: true).Description("Terms of reuse (licens), e.g. CC BY 4.0.");
        Field<ContactGraphType>("contact").Description("Who to ask about the material.")
            .Resolve(c => ContactResolver.For(c.Hub().Caller, c.Source.ContactName, c.Source.ContactEmail, c.Source.ContactPhone));
        Field(m => m.LastReviewed, nullable: true).Description("When the owner last checked that the material is current (senast granskad).");
        Field<NonNullGraphType<VisibilityGraphType>>("visibility").Description("Who may read the material.").Resolve(c => c.Source.Visibility);
        Field<NonNullGraphType<OrganisationType>>("owner").Description("The organisation that publishes the material (ägare).")
            .Resolve(c => c.Hub().OrganisationById(c.Source.OwnerId));
        Field(m => m.CreatedAt).Description("When the material was first published in the Hub.");
        Field(m => m.UpdatedAt).Description("When the material last changed.");
        Field(m => m.RetiredAt, nullable: true).Description("When the material was retired (kept for history, hidden from default lists); null while current.");
        Field(m => m.Version).Description("Increases with every change; pass it as `expectedVersion` when updating.");
    }
}

public sealed class MaterialConnectionType() : ConnectionGraphType<MaterialType, CompetenceMaterial>(MaterialType.TypeName, "materials");
