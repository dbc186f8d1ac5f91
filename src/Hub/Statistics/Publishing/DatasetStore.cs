using System.Text.Json.Nodes;
using Hub.Data;
using Hub.GraphQL;
using Hub.Interventions;
using Hub.Publishing;
using Hub.Statistics.Disclosure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics.Publishing;

/// <summary>Writes a protected table: the dataset's description and one row per cell, replacing what a republished dataset had.</summary>
internal static class DatasetStore
{
    public static async Task<PublishedTable> SaveAsync(HubDbContext db, int ownerId, PreparedTable table, ProtectedTable cells,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var values = table.Values;
        var dataset = table.Existing;
        var before = dataset is null ? null : Describe(dataset, await CountsAsync(db, dataset.Id, cancellationToken));
        if (dataset is null)
        {
            dataset = new StatisticsDataset
            {
                OwnerId = ownerId, Title = values.Title, IndicatorCode = values.Indicator, Unit = values.Unit,
                ReferencePeriod = values.ReferencePeriod, DimensionCodes = "", CreatedAt = now,
            };
            db.StatisticsDatasets.Add(dataset);
        }
        else
        {
            await db.StatisticsCells.Where(c => c.DatasetId == dataset.Id).ExecuteDeleteAsync(cancellationToken);
            dataset.Version++;
        }
        dataset.ExternalId = values.ExternalId;
        dataset.Title = values.Title;
        dataset.Description = values.Description;
        dataset.IndicatorCode = values.Indicator;
        dataset.Unit = values.Unit;
        dataset.ReferencePeriod = values.ReferencePeriod;
        dataset.DimensionCodes = string.Join(',', values.Dimensions);
        dataset.MethodNote = values.MethodNote;
        dataset.Visibility = values.Visibility;
        dataset.SuppressionThreshold = values.Threshold;
        dataset.InterventionId = table.InterventionId;
        dataset.RetiredAt = null;
        dataset.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var rows = CellRows.From(cells, dataset.Id, values.Threshold);
        db.StatisticsCells.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        // The rows are written; tracking thousands of them for the rest of the transaction would only cost time.
        foreach (var row in rows) db.Entry(row).State = EntityState.Detached;

        var counts = StatusCounts.Of(rows.Select(r => r.Status));
        var after = Describe(dataset, counts);
        // The cells are replaced on every publication, so they are always recorded, as counts by status.
        var changes = after.Where(a => a.Key == "cells" || (before is null ? a.Value is not null : !JsonNode.DeepEquals(before.GetValueOrDefault(a.Key), a.Value)))
            .Select(a => new FieldChange(a.Key, before?.GetValueOrDefault(a.Key)?.DeepClone(), a.Value?.DeepClone()))
            .ToList();
        return new PublishedTable(dataset, before is null, changes, counts);
    }

    private static async Task<StatusCounts> CountsAsync(HubDbContext db, int datasetId, CancellationToken cancellationToken) =>
        StatusCounts.Of(await db.StatisticsCells.Where(c => c.DatasetId == datasetId).Select(c => c.Status).ToListAsync(cancellationToken));

    /// <summary>The dataset as the audit trail records it: its description and how many cells have each status, never a count.</summary>
    private static Dictionary<string, JsonNode?> Describe(StatisticsDataset d, StatusCounts counts) => new()
    {
        ["externalId"] = d.ExternalId, ["title"] = d.Title, ["description"] = d.Description, ["indicator"] = d.IndicatorCode,
        ["unit"] = d.Unit, ["referencePeriod"] = d.ReferencePeriod, ["dimensions"] = new JsonArray([.. d.Dimensions.Select(x => JsonValue.Create(x))]),
        ["methodNote"] = d.MethodNote, ["visibility"] = EnumField<StatisticsDataset, Access.Visibility>.ApiName(d.Visibility),
        ["threshold"] = d.SuppressionThreshold,
        ["intervention"] = d.InterventionId is { } id ? GlobalId.Encode(InterventionType.TypeName, id) : null,
        ["cells"] = new JsonObject
        {
            ["published"] = counts.Published, ["zero"] = counts.Zero,
            ["suppressedPrimary"] = counts.PrimarySuppressed, ["suppressedSecondary"] = counts.SecondarySuppressed,
        },
    };
}
