using Hub.Access;
using Hub.Data;
using Hub.GraphQL;
using Hub.Interventions;
using Hub.Publishing;
using Hub.Statistics.Disclosure;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics.Publishing;

/// <summary>The organisation a table is published for, and who asks (for the visibility of the intervention named).</summary>
public sealed record PublishingOrganisation(int Id, Caller? Caller = null);

/// <summary>A submitted table once checked: its description, the dataset it replaces (if any) and its inner cells.</summary>
internal sealed record PreparedTable(TableSubmission Submission, StatisticsDataset? Existing, DatasetValues Values, int? InterventionId, TableInput Input)
{
    public LinkKey Link(int ownerId) => new(ownerId, InterventionId, Values.Indicator, Values.ReferencePeriod);
}

/// <summary>Checks each submitted table against the rules and the database, before any disclosure control runs.</summary>
internal static class TablePreparation
{
    public static async Task<List<PreparedTable>> PrepareAsync(HubDbContext db, VocabularyCache.Snapshot vocabulary,
        PublishingOrganisation owner, IReadOnlyList<TableSubmission> submissions, List<TableProblem> problems, CancellationToken cancellationToken)
    {
        var prepared = new List<PreparedTable>();
        var externalIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var submission in submissions)
        {
            var before = problems.Count;
            var externalId = submission.Fields.ExternalId?.Trim();
            if (externalId is { Length: > 0 } && !externalIds.Add(externalId))
                problems.Add(submission.Places.Field("externalId", UserErrorCodes.Duplicate, $"Two of the datasets have the external id '{externalId}'."));
            var existing = externalId is { Length: > 0 }
                ? await db.StatisticsDatasets.FirstOrDefaultAsync(d => d.OwnerId == owner.Id && d.ExternalId == externalId, cancellationToken)
                : null;
            var merged = existing is null ? submission : submission with { Fields = Merge(submission.Fields, existing) };
            var values = FieldValidation.Check(merged, vocabulary, problems, out var dimensions);
            var input = dimensions is null ? null : CellValidation.Check(merged, dimensions, vocabulary, problems);
            var intervention = await InterventionAsync(db, owner, merged, existing, problems, cancellationToken);
            if (problems.Count == before && values is not null && input is not null)
                prepared.Add(new PreparedTable(merged, existing, values, intervention, input));
        }
        return prepared;
    }

    /// <summary>On a republish, what is not given stays as stored.</summary>
    private static DatasetFields Merge(DatasetFields given, StatisticsDataset stored) => given with
    {
        Title = given.Title ?? stored.Title,
        Description = given.Description ?? stored.Description,
        Indicator = given.Indicator ?? stored.IndicatorCode,
        Unit = given.Unit ?? stored.Unit,
        ReferencePeriod = given.ReferencePeriod ?? stored.ReferencePeriod,
        Dimensions = given.Dimensions ?? stored.Dimensions,
        MethodNote = given.MethodNote ?? stored.MethodNote,
        Visibility = given.Visibility ?? stored.Visibility,
        Threshold = given.Threshold ?? stored.SuppressionThreshold,
    };

    private static async Task<int?> InterventionAsync(HubDbContext db, PublishingOrganisation owner, TableSubmission submission,
        StatisticsDataset? existing, List<TableProblem> problems, CancellationToken cancellationToken)
    {
        var fields = submission.Fields;
        if (fields.InterventionId is { } globalId)
        {
            Intervention? found = null;
            if (GlobalId.TryDecode(globalId, out var type, out var id) && type == InterventionType.TypeName)
                found = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            // An intervention the caller may not see is reported as absent, so its existence does not leak.
            if (found is not null && (owner.Caller?.CanSee(found) ?? found.OwnerId == owner.Id)) return found.Id;
            problems.Add(submission.Places.Field("interventionId", UserErrorCodes.NotFound, $"No intervention has the id '{globalId}', or you may not see it."));
            return null;
        }
        if (fields.InterventionExternalId is { } externalId)
        {
            var id = await db.Interventions.Where(i => i.OwnerId == owner.Id && i.ExternalId == externalId)
                .Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is null)
                problems.Add(submission.Places.Field("interventionExternalId", UserErrorCodes.NotFound,
                    $"Your organisation has no intervention with the external id '{externalId}'."));
            return id;
        }
        return existing?.InterventionId;
    }
}
