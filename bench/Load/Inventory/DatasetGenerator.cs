using Hub.Access;
using Hub.Data;
using Hub.Organisations;
using Hub.Statistics;

namespace Hub.Bench.Inventory;

/// <summary>
/// Statistics datasets with a few hundred cells each: every combination of categories, totals ("_T") included,
/// counts summed from the inner cells. Small counts are stored suppressed (no count) as the Hub would publish them;
/// the benchmark needs realistic rows, not a proven disclosure control (that is issue 6's bench).
/// </summary>
public sealed class DatasetGenerator(HubDbContext db, Random random, IReadOnlyList<Organisation> organisations,
    IReadOnlyList<int> interventionIds, DateTimeOffset now)
{
    private const string Total = "_T";

    private static readonly string[][] Shapes =
    [
        ["SEX", "COUNTY"], ["SEX", "AGE_BAND", "COUNTY"], ["SEX", "BIRTH_REGION", "PERMIT_GROUND"],
        ["SEX", "AGE_BAND", "EDUCATION"], ["SEX", "TIME_IN_SWEDEN", "COUNTY"],
    ];

    private static readonly string[] Indicators = ["PARTICIPANTS", "REFERRED", "REGISTERED_JOB_SEEKERS", "ENTERED_WORK_OR_STUDIES", "INFORMED"];

    public async Task AddAsync(int count, CancellationToken cancellationToken)
    {
        var categories = DemoSources.Vocabularies();
        var agencies = organisations.Where(o => o.IsPlanAgency).ToList();
        for (var n = 1; n <= count; n++)
        {
            var owner = agencies.Count > 0 ? agencies[random.Next(agencies.Count)] : organisations[random.Next(organisations.Count)];
            var shape = Shapes[random.Next(Shapes.Length)];
            var indicator = Indicators[random.Next(Indicators.Length)];
            var dataset = new StatisticsDataset
            {
                ExternalId = $"BENCH-STAT-{n:D4}", OwnerId = owner.Id,
                InterventionId = interventionIds.Count > 0 && random.Next(2) == 0 ? interventionIds[random.Next(interventionIds.Count)] : null,
                Title = $"{indicator.Replace('_', ' ').ToLowerInvariant()} efter {string.Join(" och ", shape.Select(d => d.ToLowerInvariant()))}, {2020 + n % 6} ({owner.Code} {n})",
                Description = "Syntetiska data för lasttest, inte verklig statistik. Uppföljning av tillgång till insatser efter kön och bakgrund.",
                IndicatorCode = indicator, Unit = "personer", ReferencePeriod = (2020 + n % 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
                DimensionCodes = string.Join(',', shape), MethodNote = "Genererad av bench/Load.", SuppressionThreshold = 5,
                Visibility = random.Next(2) == 0 ? Visibility.Public : Visibility.Agencies, CreatedAt = now, UpdatedAt = now,
            };
            db.StatisticsDatasets.Add(dataset);
            await db.SaveChangesAsync(cancellationToken);
            db.StatisticsCells.AddRange(Cells(dataset.Id, shape, shape.Select(d => categories[d].Select(c => c.Code).ToArray()).ToArray()));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private IEnumerable<StatisticsCell> Cells(int datasetId, string[] dimensions, string[][] categories)
    {
        var inner = Combinations(categories).ToDictionary(c => string.Join('|', c), _ => (long)Math.Max(0, random.Next(-20, 400)));
        foreach (var coordinates in Combinations(categories.Select(c => c.Append(Total).ToArray()).ToArray()))
        {
            var count = inner.Where(cell => Matches(cell.Key.Split('|'), coordinates)).Sum(cell => cell.Value);
            var status = count == 0 ? CellStatus.Zero : count < 5 ? CellStatus.PrimarySuppressed : CellStatus.Published;
            var cell = new StatisticsCell
            {
                DatasetId = datasetId, Status = status,
                Count = status == CellStatus.PrimarySuppressed ? null : count,
                Population = status == CellStatus.PrimarySuppressed ? null : count * random.Next(5, 30),
            };
            for (var d = 0; d < dimensions.Length; d++) Set(cell, dimensions[d], coordinates[d]);
            yield return cell;
        }
    }

    private static bool Matches(string[] inner, string[] coordinates)
    {
        for (var i = 0; i < inner.Length; i++)
            if (coordinates[i] != Total && coordinates[i] != inner[i]) return false;
        return true;
    }

    private static IEnumerable<string[]> Combinations(string[][] categories) =>
        categories.Aggregate((IEnumerable<string[]>)[[]], (acc, values) => acc.SelectMany(prefix => values.Select(v => (string[])[.. prefix, v])));

    private static void Set(StatisticsCell cell, string dimension, string value)
    {
        switch (dimension)
        {
            case "SEX": cell.Sex = value; break;
            case "AGE_BAND": cell.AgeBand = value; break;
            case "BIRTH_REGION": cell.BirthRegion = value; break;
            case "PERMIT_GROUND": cell.PermitGround = value; break;
            case "TIME_IN_SWEDEN": cell.TimeInSweden = value; break;
            case "COUNTY": cell.County = value; break;
            case "EDUCATION": cell.Education = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "No column for this dimension.");
        }
    }
}
