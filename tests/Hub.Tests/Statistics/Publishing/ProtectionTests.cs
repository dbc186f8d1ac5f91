using System.Text.Json.Nodes;
using Hub.Statistics;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.Statistics.Publishing.StatisticsApi;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>Only the anonymised table is stored; the raw value of a suppressed cell is nowhere to be found.</summary>
public sealed class ProtectionTests(StatisticsHub hub) : IClassFixture<StatisticsHub>
{
    private const int Threshold = 20;

    // Every count and population, inner and summed, differs from every other, so finding one means finding that cell.
    private static readonly (string County, long F, long? FPopulation, long M, long? MPopulation)[] Rows =
    [
        ("01", 311, 4211, 404, 4504), ("03", 13, 9131, 389, 4389), ("09", 277, 3877, 17, 9173),
        ("12", 254, 3554, 366, 3666), ("14", 233, 3233, 345, 3445),
    ];

    [Fact]
    public async Task RawValuesOfSuppressedCellsAppearInNoRowResponseExportAuditEntryOrLogMessage()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var publish = await client.SendPublishAsync(Table("SECRET-1", ["SEX", "COUNTY"], SexByCounty(Rows), ("threshold", Threshold)));
        var dataset = publish.EnsureNoErrors().Data["publishStatistics"]!["dataset"]!;
        var id = dataset["id"]!.GetValue<string>();
        var rows = await hub.CellsOfAsync(id);

        var raw = RawCells();
        var suppressed = rows.Where(r => r.Status is CellStatus.PrimarySuppressed or CellStatus.SecondarySuppressed).ToList();
        Assert.Contains(suppressed, r => r.Status == CellStatus.PrimarySuppressed);
        Assert.Contains(suppressed, r => r.Status == CellStatus.SecondarySuppressed);
        var secrets = suppressed.SelectMany(r => new[] { raw[(r.Sex!, r.County!)].Count, raw[(r.Sex!, r.County!)].Population }).ToHashSet();
        var shown = rows.SelectMany(r => new[] { r.Count, r.Population }).OfType<long>().ToHashSet();
        Assert.Empty(secrets.Intersect(shown)); // the table is built so that no hidden number equals a shown one

        var query = await client.DatasetAsync(id,
            "cells(first: 100) { totalCount nodes { count population rate status } } compare(by: SEX, reference: \"M\", filter: { county: [\"01\", \"03\", \"09\", \"_T\"] }) { groups { count rate ratio countRatio cell { count population } } }");
        var jsonStat = JsonNode.Parse(await client.GetStringAsync($"/statistics/{id}.json"))!;
        var csv = await client.GetStringAsync($"/statistics/{id}.csv");
        var audit = (await hub.AuditEntriesOfAsync(id)).Select(e => e.Changes).ToList();

        Assert.Single(audit);
        Assert.NotEmpty(hub.LogMessages);
        var logged = hub.LogMessages.SelectMany(LoggedNumbers).ToHashSet();
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, logged);
            Assert.DoesNotContain(secret, NumbersIn(publish.Json!));
            Assert.DoesNotContain(secret, NumbersIn(query));
            Assert.DoesNotContain(secret, NumbersIn(jsonStat));
            Assert.DoesNotContain(secret, CsvNumbers(csv));
            Assert.DoesNotContain(secret, audit.SelectMany(a => NumbersIn(JsonNode.Parse(a)!)));
            Assert.DoesNotContain(secret, shown);
        }
    }

    [Fact]
    public async Task SuppressedCellsAreStoredWithoutNumbersAndShownCellsAreZeroOrAtLeastTheThreshold()
    {
        var dataset = await hub.CreateClientAs("AF", "publisher").PublishedAsync(Table("SECRET-2", ["SEX", "COUNTY"], SexByCounty(Rows), ("threshold", Threshold)));

        var rows = await hub.CellsOfAsync(dataset["id"]!.GetValue<string>());

        Assert.Equal(3 * 6, rows.Count); // (2 sexes + total) × (5 counties + total)
        foreach (var row in rows)
        {
            if (row.Status is CellStatus.PrimarySuppressed or CellStatus.SecondarySuppressed) Assert.True(row.Count is null && row.Population is null);
            else if (row.Status == CellStatus.Zero) Assert.Equal(0, row.Count);
            else Assert.True(row.Count >= Threshold);
        }
        Assert.Equal(CellStatus.PrimarySuppressed, rows.Single(r => r is { Sex: "F", County: "03" }).Status);
        Assert.Equal(CellStatus.PrimarySuppressed, rows.Single(r => r is { Sex: "M", County: "09" }).Status);
    }

    [Fact]
    public async Task EveryMarginalIsStoredAndEqualsTheSumOfItsPartsWhereAllPartsArePublished()
    {
        var cells = new List<object>();
        var random = new Random(7);
        foreach (var sex in new[] { "F", "M" })
            foreach (var age in new[] { "16-24", "25-34", "35-44", "45-54" })
                foreach (var county in new[] { "01", "03", "12" })
                    cells.Add(Cell(random.Next(0, 4) == 0 ? random.Next(0, 5) : random.Next(5, 120), null, $"SEX={sex}", $"AGE_BAND={age}", $"COUNTY={county}"));
        var dataset = await hub.CreateClientAs("AF", "publisher").PublishedAsync(Table("MARGINALS", ["SEX", "AGE_BAND", "COUNTY"], cells));

        var rows = await hub.CellsOfAsync(dataset["id"]!.GetValue<string>());

        Assert.Equal(3 * 5 * 4, rows.Count);
        var byKey = rows.ToDictionary(r => (r.Sex, r.AgeBand, r.County));
        var checkedSums = 0;
        foreach (var row in rows.Where(r => r.Count is not null))
        {
            var parts = new List<StatisticsCell?>();
            if (row.Sex == "_T") parts = [.. new[] { "F", "M" }.Select(s => byKey.GetValueOrDefault((s, row.AgeBand, row.County)))];
            else if (row.County == "_T") parts = [.. new[] { "01", "03", "12" }.Select(c => byKey.GetValueOrDefault((row.Sex, row.AgeBand, c)))];
            if (parts.Count == 0 || parts.Any(p => p?.Count is null)) continue;
            Assert.Equal(row.Count, parts.Sum(p => p!.Count));
            checkedSums++;
        }
        Assert.True(checkedSums > 10, $"only {checkedSums} marginals had every part published");
        Assert.Equal(CellStatus.Published, byKey[("_T", "_T", "_T")].Status);
    }

    /// <summary>The raw count and population of every cell of <see cref="Rows"/>, totals included.</summary>
    private static Dictionary<(string Sex, string County), (long Count, long Population)> RawCells()
    {
        var inner = Rows.SelectMany(r => new[] { ("F", r.County, r.F, r.FPopulation!.Value), ("M", r.County, r.M, r.MPopulation!.Value) }).ToList();
        var cells = new Dictionary<(string, string), (long, long)>();
        foreach (var sex in new[] { "F", "M", "_T" })
            foreach (var county in Rows.Select(r => r.County).Append("_T"))
            {
                var parts = inner.Where(c => (sex == "_T" || c.Item1 == sex) && (county == "_T" || c.County == county)).ToList();
                cells[(sex, county)] = (parts.Sum(p => p.Item3), parts.Sum(p => p.Item4));
            }
        return cells;
    }

    /// <summary>Every number in a JSON document.</summary>
    private static IEnumerable<long> NumbersIn(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => NumbersIn(p.Value)),
        JsonArray a => a.SelectMany(NumbersIn),
        JsonValue v when v.TryGetValue<long>(out var n) => [n],
        JsonValue v when v.TryGetValue<double>(out var d) && d == Math.Floor(d) => [(long)d],
        _ => [],
    };

    /// <summary>Numbers standing alone in a log message (not durations such as 13ms, times or ids).</summary>
    private static IEnumerable<long> LoggedNumbers(string message) =>
        System.Text.RegularExpressions.Regex.Matches(message, @"(?<![\w.:/-])\d+(?![\w.:/-])").Select(m => long.TryParse(m.Value, out var n) ? n : -1);

    private static IEnumerable<long> CsvNumbers(string csv) =>
        csv.Split(['\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries).Select(t => long.TryParse(t, out var n) ? n : -1).Where(n => n >= 0);
}
