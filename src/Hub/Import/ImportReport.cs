namespace Hub.Import;

/// <summary>What an import did, or would do (dry run), or why it did nothing.</summary>
/// <param name="Kind">The kind's InventoryKind value, e.g. MATERIALS.</param>
/// <param name="Applied">True when the rows were committed; false for a dry run and whenever there is any problem.</param>
public sealed record ImportReport(string Kind, string Organisation, bool DryRun, bool Applied, int Created, int Updated, int Unchanged,
    IReadOnlyList<ImportedRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public static ImportReport Failed(string kind, string organisation, bool dryRun, IReadOnlyList<ImportProblem> problems) =>
        new(kind, organisation, dryRun, false, 0, 0, 0, [], problems);
}

/// <summary>What became of one row.</summary>
/// <param name="Outcome">CREATED, UPDATED, UNCHANGED or INVALID.</param>
/// <param name="ItemId">The item's global id, once it exists.</param>
public sealed record ImportedRow(int Line, string? ExternalId, string Outcome, string? ItemId);

public static class RowOutcomes
{
    public const string Created = "CREATED";
    public const string Updated = "UPDATED";
    public const string Unchanged = "UNCHANGED";
    public const string Invalid = "INVALID";
}
