using System.Diagnostics;
using Hub.Access;
using Hub.Data;
using Hub.Interventions;
using Hub.Materials;
using Hub.Organisations;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Bench.Inventory;

/// <summary>
/// Fills a freshly migrated Hub database with a large synthetic inventory in one transaction: items through EF Core
/// (change tracking off, batches), their code and partner rows through prepared statements. The rows go in through the real tables, so the migration's triggers fill the
/// full-text index as they would for published items.
/// </summary>
public sealed class InventoryGenerator(HubDbContext db, int seed)
{
    private const int Batch = 2_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, List<DemoVocabularyEntry>> _vocabulary = DemoSources.Vocabularies();
    private List<Organisation> _organisations = [];

    public async Task<InventoryCounts> GenerateAsync(InventorySize size, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await db.Database.MigrateAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        // A throw-away database: durability of each commit does not matter while generating.
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;", cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await AddOrganisationsAndVocabulariesAsync(size.Organisations, cancellationToken);
            await AddInBatchesAsync<CompetenceMaterial>(size.Materials, Material, cancellationToken);
            await AddInBatchesAsync<Intervention>(size.Interventions, Intervention, cancellationToken);
            var interventionIds = await db.Interventions.Select(i => i.Id).Take(1_000).ToListAsync(cancellationToken);
            await new DatasetGenerator(db, _random, _organisations, interventionIds, Now).AddAsync(size.Datasets, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        return await CountAsync(stopwatch.Elapsed, cancellationToken);
    }

    private async Task AddOrganisationsAndVocabulariesAsync(int count, CancellationToken cancellationToken)
    {
        _organisations = DemoSources.Organisations().Take(count).Select(o => new Organisation
        {
            Code = o.Code, Name = o.Name, NameEn = o.NameEn, IsPlanAgency = o.IsPlanAgency, WebUrl = o.WebUrl, UpdatedAt = Now,
            Kind = Enum.Parse<OrganisationKind>(o.Kind.Replace("_", ""), ignoreCase: true),
        }).ToList();
        db.Organisations.AddRange(_organisations);
        db.VocabularyEntries.AddRange(_vocabulary.SelectMany(scheme => scheme.Value.Select((v, index) => new VocabularyEntry
        {
            Scheme = scheme.Key, Code = v.Code, LabelSv = v.Sv, LabelEn = v.En, Description = v.Description, SortOrder = index, UpdatedAt = Now,
        })));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Items through EF in batches (ids come back), then their link rows through prepared statements.</summary>
    private async Task AddInBatchesAsync<T>(int count, Func<(T Item, Func<CodeRows, CancellationToken, Task> Links)> create,
        CancellationToken cancellationToken) where T : class
    {
        await using var rows = new CodeRows(db);
        for (var done = 0; done < count; done += Batch)
        {
            var batch = Enumerable.Range(0, Math.Min(Batch, count - done)).Select(_ => create()).ToList();
            db.Set<T>().AddRange(batch.Select(b => b.Item));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            foreach (var (_, links) in batch) await links(rows, cancellationToken);
        }
    }

    private readonly List<TextTemplate> _materialTexts = DemoSources.MaterialTexts();
    private readonly List<TextTemplate> _interventionTexts = DemoSources.InterventionTexts();
    private int _materialNumber;
    private int _interventionNumber;

    private (CompetenceMaterial, Func<CodeRows, CancellationToken, Task>) Material()
    {
        var text = Pick(_materialTexts);
        var owner = Owner();
        var updated = Now.AddMinutes(-_random.Next(3 * 365 * 24 * 60));
        var material = new CompetenceMaterial
        {
            ExternalId = $"BENCH-MAT-{++_materialNumber:D7}", OwnerId = owner.Id,
            Title = TextVariation.Title(text.Title, _random), Description = TextVariation.Description(text.Description, _random),
            FormatCode = Code(Schemes.Format), DurationMinutes = _random.Next(4) == 0 ? null : 15 * _random.Next(1, 33),
            Platform = text.Platform, WebUrl = $"https://example.org/{owner.Code.ToLowerInvariant()}/material/{_materialNumber}",
            Licence = _random.Next(3) == 0 ? "CC BY 4.0" : null, LastReviewed = DateOnly.FromDateTime(updated.UtcDateTime),
            ContactName = "Funktionsbrevlåda", ContactEmail = $"kontakt@{owner.Code.ToLowerInvariant()}.example",
            Visibility = AnyVisibility(), CreatedAt = updated.AddDays(-_random.Next(400)), UpdatedAt = updated,
            RetiredAt = _random.Next(50) == 0 ? updated : null,
        };
        List<(string Scheme, string Code)> codes =
        [
            .. Codes(Schemes.Theme, 1, 3).Select(c => (Schemes.Theme, c)),
            .. Codes(Schemes.Audience, 1, 2).Select(c => (Schemes.Audience, c)),
            .. Languages().Select(c => (Schemes.Language, c)),
            .. Codes(Schemes.DevelopmentArea, 0, 1).Select(c => (Schemes.DevelopmentArea, c)),
        ];
        return (material, async (rows, ct) =>
        {
            foreach (var (scheme, code) in codes) await rows.MaterialCodeAsync(material.Id, scheme, code, ct);
        });
    }

    private (Intervention, Func<CodeRows, CancellationToken, Task>) Intervention()
    {
        var text = Pick(_interventionTexts);
        var owner = Owner();
        var updated = Now.AddMinutes(-_random.Next(3 * 365 * 24 * 60));
        var start = DateOnly.FromDateTime(updated.UtcDateTime).AddDays(-_random.Next(700));
        var intervention = new Intervention
        {
            ExternalId = $"BENCH-INS-{++_interventionNumber:D7}", OwnerId = owner.Id, KindCode = Code(Schemes.InterventionKind),
            Title = TextVariation.Title(text.Title, _random), Summary = text.Summary,
            Description = TextVariation.Description(text.Description, _random),
            Status = (InterventionStatus)_random.Next(4), StartDate = start, EndDate = _random.Next(3) == 0 ? null : start.AddDays(90 + _random.Next(900)),
            ResultsChainLevelCode = Code(Schemes.ResultsChainLevel), WebUrl = $"https://example.org/{owner.Code.ToLowerInvariant()}/insats/{_interventionNumber}",
            ContactName = "Funktionsbrevlåda", ContactEmail = $"insatser@{owner.Code.ToLowerInvariant()}.example",
            Visibility = AnyVisibility(), CreatedAt = updated.AddDays(-_random.Next(400)), UpdatedAt = updated,
            RetiredAt = _random.Next(50) == 0 ? updated : null,
        };
        List<(string Scheme, string Code)> codes =
        [
            .. Codes(Schemes.DevelopmentArea, 1, 2).Select(c => (Schemes.DevelopmentArea, c)),
            .. Codes(Schemes.TargetGroup, 1, 3).Select(c => (Schemes.TargetGroup, c)),
            .. (_random.Next(5) < 3 ? [] : Codes(Schemes.County, 1, 2)).Select(c => (Schemes.County, c)),
        ];
        var partners = _organisations.Where(o => o.Id != owner.Id).OrderBy(_ => _random.Next()).Take(_random.Next(5)).Select(o => o.Id).ToList();
        return (intervention, async (rows, ct) =>
        {
            foreach (var (scheme, code) in codes) await rows.InterventionCodeAsync(intervention.Id, scheme, code, ct);
            foreach (var partner in partners) await rows.PartnerAsync(intervention.Id, partner, ct);
        });
    }

    /// <summary>The agencies of the plan publish most; partners publish some.</summary>
    private Organisation Owner()
    {
        var agencies = _organisations.Where(o => o.IsPlanAgency).ToList();
        return _random.Next(10) < 6 && agencies.Count > 0 ? Pick(agencies) : Pick(_organisations);
    }

    /// <summary>Half of everything is public, so anonymous lists are full; the rest is shared more narrowly.</summary>
    private Visibility AnyVisibility() => _random.Next(10) switch
    {
        < 5 => Access.Visibility.Public,
        < 7 => Access.Visibility.Partners,
        < 9 => Access.Visibility.Agencies,
        _ => Access.Visibility.Owner,
    };

    private string Code(string scheme) => Pick(_vocabulary[scheme]).Code;

    private IEnumerable<string> Codes(string scheme, int min, int max) =>
        _vocabulary[scheme].OrderBy(_ => _random.Next()).Take(_random.Next(min, max + 1)).Select(v => v.Code);

    private IEnumerable<string> Languages() =>
        _random.Next(5) == 0 ? Codes(Schemes.Language, 1, 3) : ["sv", .. Codes(Schemes.Language, 0, 2).Where(c => c != "sv")];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private async Task<InventoryCounts> CountAsync(TimeSpan took, CancellationToken cancellationToken) => new(
        await db.Materials.CountAsync(cancellationToken), await db.MaterialCodes.CountAsync(cancellationToken),
        await db.Interventions.CountAsync(cancellationToken), await db.InterventionCodes.CountAsync(cancellationToken),
        await db.InterventionPartners.CountAsync(cancellationToken), await db.Organisations.CountAsync(cancellationToken),
        await db.StatisticsDatasets.CountAsync(cancellationToken), await db.StatisticsCells.CountAsync(cancellationToken),
        await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM SearchIndex").SingleAsync(cancellationToken), took);
}
