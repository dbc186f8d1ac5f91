using GraphQL;
using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Hub.Interventions;
using Hub.Organisations;
using Hub.Statistics.Querying;
using Hub.Vocabularies;

namespace Hub.Statistics;

public sealed class StatisticsDatasetType : ObjectGraphType<StatisticsDataset>
{
    public const string TypeName = "StatisticsDataset";

    public StatisticsDatasetType()
    {
        Name = TypeName;
        Description = "An anonymised follow-up table (uppföljningsstatistik): who received an intervention, by sex and other background variables. Only anonymised aggregates are ever stored.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is StatisticsDataset;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (opaque, stable).").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(d => d.ExternalId, nullable: true).Description("The owner's own id for the dataset.");
        Field(d => d.Title).Description("Title (titel).");
        Field(d => d.Description, nullable: true).Description("What the table shows (beskrivning).");
        Field<NonNullGraphType<OrganisationType>>("owner").Description("The organisation that publishes the dataset.")
            .Resolve(c => c.Hub().OrganisationById(c.Source.OwnerId));
        Field<InterventionType>("intervention").Description("The intervention the dataset follows up, when there is one and you may see it.")
            .Resolve(c => c.Source.InterventionId is { } id ? c.Hub().VisibleById<Intervention>(id) : null);
        Field<NonNullGraphType<VocabularyEntryType>>("indicator").Description("What is counted (indikator), from the INDICATOR vocabulary.")
            .Resolve(c => c.Hub().Entry(Schemes.Indicator, c.Source.IndicatorCode));
        Field(d => d.Unit).Description("Unit of the counts (enhet), e.g. personer.");
        Field(d => d.ReferencePeriod).Description("Reference period (referensperiod): a year (2024), half-year (2024-H1), quarter (2024-Q1) or month (2024-01).");
        this.Connection<StatisticsDataset, VocabularyEntryConnectionType>("dimensions",
                "Background variables the table is broken down by, in the table's order (SEX always first), from the STATISTICS_DIMENSION vocabulary.")
            .Resolve(c => c.Hub().DimensionsOf(c.Source.Id, c.Paging(), c.ArgumentsKey()));
        Field(d => d.MethodNote, nullable: true).Description("How the numbers were produced and protected (metodbeskrivning).");
        Field(d => d.SuppressionThreshold).Description("Counts from 1 up to this value minus one are suppressed (röjandekontroll); at least 3, default 5.");
        Field<NonNullGraphType<VisibilityGraphType>>("visibility").Description("Who may read the dataset.").Resolve(c => c.Source.Visibility);
        Field(d => d.CreatedAt).Description("When the dataset was first published in the Hub.");
        Field(d => d.UpdatedAt).Description("When the dataset last changed.");
        Field(d => d.RetiredAt, nullable: true).Description("When it was retired; null while current.");
        Field(d => d.Version).Description("Increases with every change.");
        this.AddCellFields();
    }
}

public sealed class StatisticsDatasetConnectionType() : ConnectionGraphType<StatisticsDatasetType, StatisticsDataset>(StatisticsDatasetType.TypeName, "statistics datasets");

public sealed class StatisticsDatasetFilterInputType : InputObjectGraphType<StatisticsDatasetFilter>
{
    public StatisticsDatasetFilterInputType()
    {
        Name = "StatisticsDatasetFilter";
        Description = "Narrows a list of statistics datasets. Fields combine with AND; several values in one field with OR.";
        ItemFilterFields.AddCommon(this, "datasets");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("indicators").Description("INDICATOR codes, e.g. PARTICIPANTS.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("dimensions").Description("Only datasets broken down by all of these STATISTICS_DIMENSION codes.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("referencePeriods").Description("Only these reference periods, e.g. 2024.");
    }
}
