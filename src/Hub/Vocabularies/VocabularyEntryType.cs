using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.Paging;

namespace Hub.Vocabularies;

public sealed class VocabularyEntryType : ObjectGraphType<VocabularyEntry>
{
    public const string TypeName = "VocabularyEntry";

    public VocabularyEntryType()
    {
        Name = TypeName;
        Description = "One shared code of a controlled vocabulary (kodverk), with Swedish and English labels. Codes are stable and never renamed.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is VocabularyEntry;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (opaque, stable).").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<VocabularySchemeGraphType>>("scheme").Description("The vocabulary the entry belongs to.").Resolve(c => c.Source.Scheme);
        Field(v => v.Code).Description("The shared code, e.g. EQUAL_TREATMENT; what filters, imports and exports use.");
        Field(v => v.LabelSv).Description("Label in Swedish, e.g. Likvärdigt bemötande.");
        Field(v => v.LabelEn).Description("Label in English, e.g. Equal treatment.");
        Field(v => v.Description, nullable: true).Description("What the entry means, where the label is not enough.");
        Field(v => v.SortOrder).Description("Position of the entry when its vocabulary is listed.");
    }
}

public sealed class VocabularyEntryConnectionType() : ConnectionGraphType<VocabularyEntryType, VocabularyEntry>(VocabularyEntryType.TypeName, "vocabulary entries");

public sealed class VocabularySchemeGraphType : EnumerationGraphType
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [Schemes.DevelopmentArea] = "Development areas of the joint plan (utvecklingsområden).",
        [Schemes.InterventionKind] = "Kinds of intervention: insats, åtgärd, stöd.",
        [Schemes.ResultsChainLevel] = "Levels of Statskontoret's results chain (resultatkedja).",
        [Schemes.TargetGroup] = "Target groups (målgrupper).",
        [Schemes.Theme] = "Themes of competence-development materials (teman).",
        [Schemes.Format] = "Formats of competence-development materials.",
        [Schemes.Audience] = "Audiences of competence-development materials.",
        [Schemes.County] = "Swedish counties (län) with Statistics Sweden's two-digit codes.",
        [Schemes.Language] = "Languages (ISO 639 codes).",
        [Schemes.Indicator] = "What follow-up statistics count (indikatorer).",
        [Schemes.StatisticsDimension] = "Background variables of follow-up statistics (bakgrundsvariabler).",
        ["SEX"] = "Categories of the SEX dimension (kön).",
        ["AGE_BAND"] = "Categories of the AGE_BAND dimension (åldersgrupp).",
        ["BIRTH_REGION"] = "Categories of the BIRTH_REGION dimension (födelseregion).",
        ["PERMIT_GROUND"] = "Categories of the PERMIT_GROUND dimension (grund för uppehållstillstånd).",
        ["TIME_IN_SWEDEN"] = "Categories of the TIME_IN_SWEDEN dimension (vistelsetid).",
        ["EDUCATION"] = "Categories of the EDUCATION dimension (utbildningsnivå).",
        ["ESTABLISHMENT"] = "Categories of the ESTABLISHMENT dimension (i etableringsprogrammet).",
        ["DISABILITY"] = "Categories of the DISABILITY dimension (funktionsnedsättning).",
    };

    public VocabularySchemeGraphType()
    {
        Name = "VocabularyScheme";
        Description = "The controlled vocabularies of the Hub. Their entries are data: a new entry needs no release.";
        foreach (var scheme in Schemes.All) Add(scheme, scheme, Descriptions[scheme]);
    }
}
