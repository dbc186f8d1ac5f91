using Hub.Data;
using Hub.Publishing;
using Hub.Statistics.Disclosure;
using Hub.Vocabularies;

namespace Hub.Statistics.Publishing;

/// <summary>One dataset as published: the stored dataset, whether it is new, what changed (for the audit trail) and its cells by status.</summary>
public sealed record PublishedTable(StatisticsDataset Dataset, bool Created, IReadOnlyList<FieldChange> Changes, StatusCounts Counts);

/// <summary>What a publication did: the datasets, or every reason nothing was stored.</summary>
public sealed record PublicationResult(IReadOnlyList<PublishedTable> Tables, IReadOnlyList<TableProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// The one way statistics enter the Hub (API, command line, demo data): check that each table is an aggregate
/// made of shared codes, anonymise it with disclosure control (linked tables together), and store only the
/// result. Raw counts exist only in memory during this call. The caller owns the transaction: on problems
/// nothing has been written; on success the caller commits.
/// </summary>
public static class StatisticsPublication
{
    /// <summary>More problems than this are summarised: the first ones show what is wrong with the file.</summary>
    public const int MaximumProblems = 100;

    public static async Task<PublicationResult> PublishAsync(HubDbContext db, VocabularyCache.Snapshot vocabulary, PublishingOrganisation owner,
        IReadOnlyList<TableSubmission> submissions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<TableProblem>();
        var prepared = await TablePreparation.PrepareAsync(db, vocabulary, owner, submissions, problems, cancellationToken);
        if (problems.Count > 0) return Failed(problems);

        var republished = prepared.Where(t => t.Existing is not null).Select(t => t.Existing!.Id).ToList();
        var protectedTables = new Dictionary<PreparedTable, ProtectedTable>(ReferenceEqualityComparer.Instance);
        foreach (var group in prepared.GroupBy(t => t.Link(owner.Id)))
        {
            var tables = group.ToList();
            if (TableProtection.Protect(tables, problems) is not { } result) continue;
            var joined = tables.Zip(result).ToList();
            foreach (var (table, protectedTable) in joined) protectedTables[table] = protectedTable;
            await LinkedCheck.CheckAsync(db, group.Key, republished,
                [.. joined.Select(p => (p.First.Values, p.Second, p.First.Submission.Places))], problems, cancellationToken);
        }
        if (problems.Count > 0) return Failed(problems);

        var published = new List<PublishedTable>();
        foreach (var table in prepared)
            published.Add(await DatasetStore.SaveAsync(db, owner.Id, table, protectedTables[table], now, cancellationToken));
        return new PublicationResult(published, []);
    }

    private static PublicationResult Failed(List<TableProblem> problems)
    {
        if (problems.Count <= MaximumProblems) return new PublicationResult([], problems);
        var shown = problems.Take(MaximumProblems).ToList();
        shown.Add(new TableProblem(UserErrorCodes.InvalidValue, $"… and {problems.Count - MaximumProblems} more problems of the same kinds.", ["input"]));
        return new PublicationResult([], shown);
    }
}
