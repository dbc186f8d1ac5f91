using Hub.Access;
using Hub.Data;
using Hub.Kinds;
using Hub.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Import;

/// <summary>
/// Imports a whole file in one transaction. Rows are matched on the organisation's own external id: new ones are
/// created, changed ones updated, equal ones left untouched (no new version, no audit entry), so importing the same
/// file twice changes nothing. Every row is checked; if any is invalid nothing is applied and every invalid row is
/// reported with its line, column and reason.
/// </summary>
public sealed class InventoryImport(Publisher publisher, KindRegistry kinds)
{
    /// <summary>Rows written per step inside the transaction, so a large file streams to the database.</summary>
    public const int StepSize = 1000;

    /// <summary>Imports <paramref name="file"/> as items of one kind (<paramref name="kind"/> names it in the report).</summary>
    public async Task<ImportReport> RunAsync<T>(HubDbContext db, Actor actor, string organisation, string kind, OwnedItemKind<T> items,
        ImportFile file, bool dryRun, IProgress<string>? progress, CancellationToken cancellationToken) where T : class, IOwnedItem
    {
        var problems = file.Problems.ToList();
        var columns = ImportColumns.Map(items, file.Columns, problems);
        var columnOf = columns.ToDictionary(p => p.Value.Name, p => p.Key);
        if (file.Rows.Count > 0 && !columnOf.ContainsKey(OwnedItemKind<T>.ExternalIdName))
            problems.Add(new ImportProblem(1, null, UserErrorCodes.Required, "The file needs an externalId column (externt id): rows are matched on it."));

        await using var session = await publisher.BeginAsync(db, actor, cancellationToken);
        var context = session.Context;
        if (context.OrganisationId(organisation) is not { } ownerId)
            return ImportReport.Failed(kind, organisation, dryRun,
                [new ImportProblem(0, null, UserErrorCodes.UnknownOrganisation, $"No organisation has the code '{organisation}'.")]);
        var existing = (await items.Tracked(db).Where(i => i.OwnerId == ownerId).ToListAsync(cancellationToken))
            .Where(i => items.ExternalIdOf(i) is not null)
            .ToDictionary(i => items.ExternalIdOf(i)!, StringComparer.Ordinal);
        progress?.Report($"Checking {file.Rows.Count} rows against {existing.Count} existing {items.Noun}s of {organisation}.");

        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var outcomes = new List<(ImportRow Row, string? ExternalId, string Outcome, T? Item)>();
        var written = 0;
        foreach (var row in file.Rows)
        {
            var rowProblems = new List<ImportProblem>();
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (column, cell) in row.Cells)
            {
                if (!columns.TryGetValue(column, out var field)) continue;
                var parsed = field.FromCell(cell, context);
                if (parsed.Problem is { } problem) rowProblems.Add(new ImportProblem(row.Line, column, problem.Code, problem.Message));
                else values[field.Name] = parsed.Value;
            }
            var externalId = values.GetValueOrDefault(OwnedItemKind<T>.ExternalIdName) as string;
            T? item = null;
            if (externalId is null)
                rowProblems.Add(new ImportProblem(row.Line, columnOf.GetValueOrDefault(OwnedItemKind<T>.ExternalIdName), UserErrorCodes.Required,
                    "externalId is required: rows are matched on it."));
            else if (firstLine.TryGetValue(externalId, out var line))
                rowProblems.Add(new ImportProblem(row.Line, columnOf[OwnedItemKind<T>.ExternalIdName], UserErrorCodes.Duplicate,
                    $"externalId '{externalId}' is on line {line} already."));
            else
            {
                firstLine[externalId] = row.Line;
                item = existing.GetValueOrDefault(externalId);
            }
            var plan = EditPlan.For(items, item, values, context);
            foreach (var problem in plan.Problems)
            {
                var column = columnOf.GetValueOrDefault(problem.Field) ?? problem.Field;
                if (rowProblems.All(p => p.Column != column)) rowProblems.Add(new ImportProblem(row.Line, column, problem.Code, problem.Message));
            }
            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                outcomes.Add((row, externalId, RowOutcomes.Invalid, null));
                continue;
            }
            var outcome = item is null ? RowOutcomes.Created : plan.Changes.Count == 0 ? RowOutcomes.Unchanged : RowOutcomes.Updated;
            item ??= items.New(ownerId);
            outcomes.Add((row, externalId, outcome, item));
            // Once any row is invalid the file will not be applied; the remaining rows are only checked.
            if (dryRun || problems.Count > 0 || outcome == RowOutcomes.Unchanged) continue;
            if (outcome == RowOutcomes.Updated) session.Track(item);
            plan.ApplyTo(items, item, values, context);
            items.Stamp(item, outcome == RowOutcomes.Created ? 1 : items.VersionOf(item) + 1, context.Now);
            if (outcome == RowOutcomes.Created) db.Add(item);
            session.Record(items, item, outcome == RowOutcomes.Created ? ItemMutations.Create : ItemMutations.Update, plan.Changes);
            if (++written % StepSize == 0)
            {
                await session.FlushAsync(cancellationToken);
                progress?.Report($"Wrote {written} changed rows (up to line {row.Line}); nothing is committed until the whole file is in.");
            }
        }

        var applied = !dryRun && problems.Count == 0;
        if (applied)
        {
            progress?.Report($"Committing {written} changed rows.");
            await session.CommitAsync(cancellationToken);
        }
        var rows = outcomes.Select(o => new ImportedRow(o.Row.Line, o.ExternalId, o.Outcome,
            o.Item is { Id: > 0 } saved && (applied || o.Outcome != RowOutcomes.Created) ? kinds.GlobalIdOf(new ItemRef(items.Key, saved.Id)) : null)).ToList();
        return new ImportReport(kind, organisation, dryRun, applied,
            Count(outcomes, RowOutcomes.Created), Count(outcomes, RowOutcomes.Updated), Count(outcomes, RowOutcomes.Unchanged), rows,
            [.. problems.OrderBy(p => p.Line)]);
    }

    private static int Count<T>(IEnumerable<(ImportRow, string?, string Outcome, T?)> outcomes, string outcome) =>
        outcomes.Count(o => o.Outcome == outcome);
}
