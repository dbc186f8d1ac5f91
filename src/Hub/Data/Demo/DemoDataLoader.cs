using System.Text.Json;
using Hub.Access;
using Hub.Interventions;
using Hub.Materials;
using Hub.Organisations;
using Hub.Statistics.Publishing;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Demo;

/// <summary>
/// Loads the demo inventories (drawn from the plan's documents, invented examples marked as such) into an
/// empty database, once: a marker row records it so later starts, and later deletions, never reload it.
/// </summary>
internal static class DemoDataLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task LoadOnceAsync(HubDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (await db.Settings.AnyAsync(s => s.Key == HubSetting.DemoDataLoadedAt, cancellationToken)) return;
        if (await db.Organisations.AnyAsync(cancellationToken)) return;

        // Asked again inside the writing transaction: instances starting together on an empty database (PostgreSQL)
        // queue here, and the second finds what the first loaded instead of loading it twice.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Organisations.AnyAsync(cancellationToken)) return;
        var now = DateTimeOffset.UtcNow;
        var organisations = Read<DemoOrganisation[]>("organisations.json").Select(o => new Organisation
        {
            Code = o.Code, Name = o.Name, NameEn = o.NameEn, Kind = ParseEnum<OrganisationKind>(o.Kind),
            IsPlanAgency = o.IsPlanAgency, WebUrl = o.WebUrl, UpdatedAt = now,
        }).ToList();
        db.Organisations.AddRange(organisations);
        db.VocabularyEntries.AddRange(Vocabulary(now));
        await db.SaveChangesAsync(cancellationToken);

        var orgId = organisations.ToDictionary(o => o.Code, o => o.Id, StringComparer.OrdinalIgnoreCase);
        var interventions = Read<DemoIntervention[]>("interventions.json").Select(i => ToIntervention(i, orgId, now)).ToList();
        db.Interventions.AddRange(interventions);
        db.Materials.AddRange(Read<DemoMaterial[]>("materials.json").Select(m => ToMaterial(m, orgId, now)));
        await db.SaveChangesAsync(cancellationToken);

        await PublishStatisticsAsync(db, orgId, now, cancellationToken);
        db.Settings.Add(new HubSetting { Key = HubSetting.DemoDataLoadedAt, Value = now.ToString("O") });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded demo data: {Organisations} organisations, {Interventions} interventions", organisations.Count, interventions.Count);
    }

    private static IEnumerable<VocabularyEntry> Vocabulary(DateTimeOffset now) =>
        Read<Dictionary<string, DemoVocabularyEntry[]>>("vocabularies.json").SelectMany(scheme =>
            scheme.Value.Select((v, index) => new VocabularyEntry
            {
                Scheme = scheme.Key, Code = v.Code, LabelSv = v.Sv, LabelEn = v.En,
                Description = v.Description, SortOrder = index, UpdatedAt = now,
            }));

    private static Intervention ToIntervention(DemoIntervention i, Dictionary<string, int> orgId, DateTimeOffset now) => new()
    {
        ExternalId = i.ExternalId, OwnerId = orgId[i.Owner], KindCode = i.Kind, Title = i.Title, Summary = i.Summary,
        Description = i.Description, Status = ParseEnum<InterventionStatus>(i.Status), StartDate = i.StartDate,
        EndDate = i.EndDate, ResultsChainLevelCode = i.ResultsChainLevel, WebUrl = i.WebUrl,
        ContactName = i.Contact?.Name, ContactEmail = i.Contact?.Email, ContactPhone = i.Contact?.Phone,
        Visibility = ParseEnum<Visibility>(i.Visibility), CreatedAt = now, UpdatedAt = now,
        Codes =
        [
            .. InterventionCodes(Schemes.DevelopmentArea, i.DevelopmentAreas),
            .. InterventionCodes(Schemes.TargetGroup, i.TargetGroups),
            .. InterventionCodes(Schemes.County, i.Counties),
        ],
        Partners = [.. i.Partners.Distinct().Select(p => new InterventionPartner { OrganisationId = orgId[p] })],
    };

    private static CompetenceMaterial ToMaterial(DemoMaterial m, Dictionary<string, int> orgId, DateTimeOffset now) => new()
    {
        ExternalId = m.ExternalId, OwnerId = orgId[m.Owner], Title = m.Title, Description = m.Description,
        FormatCode = m.Format, DurationMinutes = m.DurationMinutes, Platform = m.Platform, WebUrl = m.WebUrl,
        Licence = m.Licence, LastReviewed = m.LastReviewed, Visibility = ParseEnum<Visibility>(m.Visibility),
        ContactName = m.Contact?.Name, ContactEmail = m.Contact?.Email, ContactPhone = m.Contact?.Phone,
        CreatedAt = now, UpdatedAt = now,
        Codes =
        [
            .. MaterialCodes(Schemes.Theme, m.Themes),
            .. MaterialCodes(Schemes.Audience, m.Audiences),
            .. MaterialCodes(Schemes.Language, m.Languages),
            .. MaterialCodes(Schemes.DevelopmentArea, m.DevelopmentAreas ?? []),
        ],
    };

    /// <summary>
    /// Demo tables hold raw synthetic counts, so they go through the same publication as everyone's: checked,
    /// anonymised (each organisation's linked tables together) and stored as protected cells only.
    /// </summary>
    private static async Task PublishStatisticsAsync(HubDbContext db, Dictionary<string, int> orgId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var vocabulary = new VocabularyCache.Snapshot(await db.VocabularyEntries.AsNoTracking().ToListAsync(cancellationToken));
        foreach (var owner in Read<DemoDataset[]>("statistics.json").GroupBy(d => d.Owner))
        {
            var result = await StatisticsPublication.PublishAsync(db, vocabulary, new PublishingOrganisation(orgId[owner.Key]),
                [.. owner.Select(ToSubmission)], now, cancellationToken);
            if (!result.Succeeded)
                throw new InvalidOperationException($"The demo statistics of {owner.Key} were refused: " +
                    string.Join(" ", result.Problems.Select(p => $"{p.Where}: {p.Message}")));
        }
    }

    private static TableSubmission ToSubmission(DemoDataset d) => new(
        new DatasetFields
        {
            ExternalId = d.ExternalId, Title = d.Title, Description = d.Description, Indicator = d.Indicator, Unit = d.Unit,
            ReferencePeriod = d.ReferencePeriod, Dimensions = d.Dimensions, MethodNote = d.MethodNote,
            Visibility = ParseEnum<Visibility>(d.Visibility), Threshold = d.Threshold, InterventionExternalId = d.InterventionExternalId,
        },
        [.. d.Cells.Select(c => new SubmittedCell([.. c.Coordinates.Select(p => new SubmittedCoordinate(p.Key, p.Value))], c.Count, c.Population))],
        new InputPlaces(["statistics.json", d.ExternalId]));

    private static IEnumerable<InterventionCode> InterventionCodes(string scheme, IEnumerable<string> codes) =>
        codes.Distinct().Select(code => new InterventionCode { Scheme = scheme, Code = code });

    private static IEnumerable<MaterialCode> MaterialCodes(string scheme, IEnumerable<string> codes) =>
        codes.Distinct().Select(code => new MaterialCode { Scheme = scheme, Code = code });

    internal static T Read<T>(string file)
    {
        var assembly = typeof(DemoDataLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Hub.Data.Demo.{file}")
            ?? throw new InvalidOperationException($"Demo data file {file} is not embedded in the build.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"{file} is empty.");
    }

    internal static TEnum ParseEnum<TEnum>(string code) where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(code.Replace("_", ""), ignoreCase: true);
}
