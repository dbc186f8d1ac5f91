using GraphQL.Types;
using Hub.Kinds;
using Hub.Publishing;

namespace Hub.Import;

public sealed class InventoryKindGraphType : EnumerationGraphType
{
    public InventoryKindGraphType(KindRegistry kinds)
    {
        Name = "InventoryKind";
        Description = "Which inventory an import file holds.";
        foreach (var kind in kinds.Importable) Add(kind.Import!.Name, kind.Import.Name, kind.Import.Description);
    }
}

public sealed class ImportFormatGraphType : EnumerationGraphType<ImportFormat>
{
    public ImportFormatGraphType()
    {
        Name = "ImportFormat";
        Description = "How an import file is written. Column names and cell values are described in docs/import.md.";
    }
}

public sealed class ImportInventoryInputType : InputObjectGraphType
{
    public ImportInventoryInputType()
    {
        Name = "ImportInventoryInput";
        Description = "A spreadsheet export of your organisation's inventory, imported in one transaction.";
        Field<NonNullGraphType<InventoryKindGraphType>>("kind").Description("Materials or interventions.");
        Field<NonNullGraphType<ImportFormatGraphType>>("format").Description("CSV (comma or semicolon, detected) or JSON.");
        Field<NonNullGraphType<StringGraphType>>("content").Description("The file's text (UTF-8). Header names may be English or Swedish; several values in a cell are separated by |.");
        Field<BooleanGraphType>("dryRun").Description("True: report what would be created, updated and left unchanged, and write nothing.").DefaultValue(false);
    }
}

public sealed class ImportInventoryPayloadType : ObjectGraphType<ImportReport>
{
    public ImportInventoryPayloadType()
    {
        Name = "ImportInventoryPayload";
        Description = "What an import did. Nothing is applied unless `applied` is true: one invalid row stops the whole file.";
        Field<NonNullGraphType<InventoryKindGraphType>>("kind").Description("The inventory imported into.").Resolve(c => c.Source.Kind);
        Field(r => r.Organisation).Description("The organisation whose inventory it is.");
        Field(r => r.DryRun).Description("True when nothing was meant to be written.");
        Field(r => r.Applied).Description("True when the rows were committed.");
        Field(r => r.Created).Description("Rows with a new external id: created (or, without `applied`, to be created).");
        Field(r => r.Updated).Description("Rows that differ from the stored item: updated (or to be updated).");
        Field(r => r.Unchanged).Description("Rows equal to the stored item: left as they are (no new version, no audit entry).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportedRowType>>>>("rows").Description("Every row and what became of it.").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportErrorType>>>>("errors")
            .Description("Every problem, by line and column; empty when the file is valid.").Resolve(c => c.Source.Problems);
    }
}

public sealed class ImportedRowType : ObjectGraphType<ImportedRow>
{
    public ImportedRowType()
    {
        Name = "ImportedRow";
        Description = "One row of an import file and what became of it.";
        Field(r => r.Line).Description("The line the row starts on, counted as a spreadsheet does (header = line 1).");
        Field(r => r.ExternalId, nullable: true).Description("The row's external id.");
        Field(r => r.Outcome).Description("CREATED, UPDATED, UNCHANGED or INVALID.");
        Field<IdGraphType>("itemId").Description("The item's global id, once it exists.").Resolve(c => c.Source.ItemId);
    }
}

public sealed class ImportErrorType : ObjectGraphType<ImportProblem>
{
    public ImportErrorType()
    {
        Name = "ImportError";
        Description = "A problem with an import file: where it is and what is wrong.";
        Field(p => p.Line).Description("The line (header = line 1; a row spanning lines counts from its first); 0 for the file as a whole.");
        Field(p => p.Column, nullable: true).Description("The column header as written in the file (or the key in JSON); null for the whole row.");
        Field<NonNullGraphType<UserErrorCodeGraphType>>("code").Description("What kind of problem it is.").Resolve(c => c.Source.Code);
        Field(p => p.Message).Description("What is wrong, in English.");
    }
}
