using GraphQL.Types;
using Hub.Kinds;
using Hub.Organisations;
using Hub.Vocabularies;

namespace Hub.Coverage;

public sealed class CoverageKindGraphType : EnumerationGraphType
{
    public CoverageKindGraphType(KindRegistry kinds)
    {
        Name = "CoverageKind";
        Description = "What a coverage matrix counts.";
        foreach (var kind in kinds.Counted) Add(kind.Coverage!.Name, kind.Coverage.Name, kind.Coverage.Description);
    }
}

public sealed class CoverageDimensionGraphType : EnumerationGraphType<CoverageDimension>
{
    public CoverageDimensionGraphType()
    {
        Name = "CoverageDimension";
        Description = "The vocabulary whose entries are the rows of a coverage matrix. Materials: THEME, DEVELOPMENT_AREA, FORMAT, AUDIENCE, LANGUAGE; interventions: DEVELOPMENT_AREA, TARGET_GROUP, INTERVENTION_KIND.";
    }
}

public sealed class CoverageType : ObjectGraphType<CoverageMatrix>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "Where competence exists and where it is missing (täckning): how many items you may see for each vocabulary entry (row) and organisation (column). Every combination is a cell, so a gap (lucka) is a cell with count 0.";
        Field<NonNullGraphType<CoverageKindGraphType>>("kind").Description("What is counted.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<CoverageDimensionGraphType>>("dimension").Description("The vocabulary of the rows.").Resolve(c => c.Source.Dimension);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VocabularyEntryType>>>>("entries")
            .Description("The rows: every entry of the dimension's vocabulary, in its listing order, whether or not anything covers it.")
            .Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations")
            .Description("The columns: the organisations asked for (default all), the agencies of the joint plan first, then by code.")
            .Resolve(c => c.Source.Organisations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellType>>>>("cells")
            .Description("Every entry × organisation combination, row by row in the order of `entries` and `organisations`, gaps included.")
            .Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<IntGraphType>>("gapCount").Description("How many cells are gaps (count 0).").Resolve(c => c.Source.GapCount);
    }
}

public sealed class CoverageCellType : ObjectGraphType<CoverageCell>
{
    public CoverageCellType()
    {
        Name = "CoverageCell";
        Description = "One entry × organisation combination of a coverage matrix.";
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The column: the organisation that owns the items.").Resolve(c => c.Source.Organisation);
        Field<NonNullGraphType<VocabularyEntryType>>("entry").Description("The row: the vocabulary entry the items carry.").Resolve(c => c.Source.Entry);
        Field(c => c.Count).Description("How many current items you may see that the organisation owns and that carry the entry (an item with several entries counts in each of their rows).");
        Field("gap", c => c.IsGap).Description("True when the count is 0: nothing you may see covers this combination (lucka).");
    }
}
