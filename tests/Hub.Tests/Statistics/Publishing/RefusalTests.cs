using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Statistics.Publishing.StatisticsApi;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>Anything that is not an aggregated table of shared codes is refused with precise errors, and nothing is stored.</summary>
public sealed class RefusalTests(StatisticsHub hub) : IClassFixture<StatisticsHub>
{
    /// <summary>A valid SEX × COUNTY table with one cell (index 1, women in Uppsala) replaced by the case's.</summary>
    private static Dictionary<string, object?> With(object cell, params (string Field, object? Value)[] changes) =>
        Table("REFUSED", ["SEX", "COUNTY"], [Cell(120, 900, "SEX=F", "COUNTY=01"), cell, Cell(130, 950, "SEX=M", "COUNTY=01"), Cell(40, 300, "SEX=M", "COUNTY=03")], changes);

    public static TheoryData<string, string, string> Cases => new()
    {
        { "personnummer as a category", "INVALID_VALUE", "input.cells.1.coordinates.1" },
        { "twelve-digit personnummer as a category", "INVALID_VALUE", "input.cells.1.coordinates.1" },
        { "samordningsnummer as a category", "INVALID_VALUE", "input.cells.1.coordinates.1" },
        { "e-mail address as a category", "INVALID_VALUE", "input.cells.1.coordinates.1" },
        { "date of birth as a category", "INVALID_VALUE", "input.cells.1.coordinates.1" },
        { "name as a category", "UNKNOWN_CODE", "input.cells.1.coordinates.1" },
        { "personnummer as a count", "INVALID_VALUE", "input.cells.1.count" },
        { "dimension named personnummer", "UNKNOWN_CODE", "input.dimensions" },
        { "dimension named namn", "UNKNOWN_CODE", "input.dimensions" },
        { "dimension named födelsedatum", "UNKNOWN_CODE", "input.dimensions" },
        { "personnummer in the title", "INVALID_VALUE", "input.title" },
        { "unknown county", "UNKNOWN_CODE", "input.cells.1.coordinates.1" },
        { "label instead of code", "UNKNOWN_CODE", "input.cells.1.coordinates.0" },
        { "unknown dimension", "UNKNOWN_CODE", "input.dimensions" },
        { "total given as input", "INVALID_VALUE", "input.cells.1.coordinates.1" },
        { "malformed period", "INVALID_VALUE", "input.cells.1.coordinates.1" },
        { "periods of two kinds", "INVALID_VALUE", "input.cells.1.coordinates.1" },
        { "negative count", "INVALID_VALUE", "input.cells.1.count" },
        { "fractional count", "INVALID_VALUE", "input.cells.1.count" },
        { "count as text", "INVALID_VALUE", "input.cells.1.count" },
        { "missing count", "REQUIRED", "input.cells.1.count" },
        { "missing coordinate", "REQUIRED", "input.cells.1.coordinates" },
        { "duplicate coordinates", "DUPLICATE", "input.cells.1" },
        { "population smaller than count", "INVALID_VALUE", "input.cells.1.population" },
        { "sex missing", "REQUIRED", "input.dimensions" },
        { "threshold below three", "INVALID_VALUE", "input.threshold" },
        { "no cells", "REQUIRED", "input.cells" },
        { "unknown indicator", "UNKNOWN_CODE", "input.indicator" },
        { "malformed reference period", "INVALID_VALUE", "input.referencePeriod" },
        { "unknown intervention", "NOT_FOUND", "input.interventionId" },
    };

    private static Dictionary<string, object?> Input(string name) => name switch
    {
        "personnummer as a category" => With(Cell(17, 400, "SEX=F", "COUNTY=850101-1234")),
        "twelve-digit personnummer as a category" => With(Cell(17, 400, "SEX=F", "COUNTY=198501011234")),
        "samordningsnummer as a category" => With(Cell(17, 400, "SEX=F", "COUNTY=850161-1234")),
        "e-mail address as a category" => With(Cell(17, 400, "SEX=F", "COUNTY=anna.svensson@example.se")),
        "date of birth as a category" => With(Cell(17, 400, "SEX=F", "COUNTY=1985-01-01")),
        "name as a category" => With(Cell(17, 400, "SEX=F", "COUNTY=Anna Svensson")),
        "personnummer as a count" => With(Cell(8501011234L, null, "SEX=F", "COUNTY=03")),
        "dimension named personnummer" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("dimensions", new[] { "SEX", "COUNTY", "personnummer" })),
        "dimension named namn" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("dimensions", new[] { "SEX", "COUNTY", "namn" })),
        "dimension named födelsedatum" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("dimensions", new[] { "SEX", "COUNTY", "födelsedatum" })),
        "personnummer in the title" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("title", "Uppföljning av 19850101-1234")),
        "unknown county" => With(Cell(17, 400, "SEX=F", "COUNTY=99")),
        "label instead of code" => With(Cell(17, 400, "SEX=Kvinnor", "COUNTY=03")),
        "unknown dimension" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("dimensions", new[] { "SEX", "COUNTY", "SHOE_SIZE" })),
        "total given as input" => With(Cell(17, 400, "SEX=F", "COUNTY=_T")),
        "malformed period" => Table("REFUSED", ["SEX", "PERIOD"], [Cell(120, null, "SEX=F", "PERIOD=2024-Q1"), Cell(17, null, "SEX=F", "PERIOD=2024-Q5")]),
        "periods of two kinds" => Table("REFUSED", ["SEX", "PERIOD"], [Cell(120, null, "SEX=F", "PERIOD=2024-Q1"), Cell(17, null, "SEX=F", "PERIOD=2024-03")]),
        "negative count" => With(Cell(-17, 400, "SEX=F", "COUNTY=03")),
        "fractional count" => With(Cell(17.5, 400, "SEX=F", "COUNTY=03")),
        "count as text" => With(Cell("sjutton", 400, "SEX=F", "COUNTY=03")),
        "missing count" => With(Cell(null, 400, "SEX=F", "COUNTY=03")),
        "missing coordinate" => With(Cell(17, 400, "SEX=F")),
        "duplicate coordinates" => With(Cell(17, 400, "SEX=F", "COUNTY=01")),
        "population smaller than count" => With(Cell(17, 16, "SEX=F", "COUNTY=03")),
        "sex missing" => Table("REFUSED", ["COUNTY"], [Cell(120, null, "COUNTY=01"), Cell(17, null, "COUNTY=03")]),
        "threshold below three" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("threshold", 2)),
        "no cells" => Table("REFUSED", ["SEX"], []),
        "unknown indicator" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("indicator", "HAPPINESS")),
        "malformed reference period" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("referencePeriod", "förra året")),
        "unknown intervention" => With(Cell(17, 400, "SEX=F", "COUNTY=03"), ("interventionId", "SW50ZXJ2ZW50aW9uOjk5OTk5")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ATableThatIsNotAnAggregateOfSharedCodesIsRefusedWithNothingStored(string name, string code, string path)
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var before = await hub.StoredAsync();
        var input = Input(name);

        var response = await client.SendPublishAsync(input);

        var payload = response.EnsureNoErrors().Data["publishStatistics"]!;
        Assert.Null(payload["dataset"]);
        var errors = payload["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["code"]!.GetValue<string>() == code && Path(e) == path);
        Assert.Equal(before, await hub.StoredAsync());
        // Personal data and counts are never repeated back: not the identifier, not the name, not the small count.
        foreach (var secret in new[] { "850101", "198501011234", "850161", "anna", "1985-01-01", "8501011234", "sjutton", "17" })
            Assert.DoesNotContain(secret, response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryProblemOfATableIsReportedAtOnce()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        var input = Table("REFUSED-MANY", ["SEX", "COUNTY"],
        [
            Cell(-3, null, "SEX=F", "COUNTY=01"), Cell(4, 3, "SEX=F", "COUNTY=03"), Cell(9, null, "SEX=F", "COUNTY=03"), Cell(12, null, "SEX=X", "COUNTY=01"),
        ], ("threshold", 1));

        var errors = (await client.PublishAsync(input))["errors"]!.AsArray();

        Assert.Equal(["input.cells.0.count", "input.cells.1.population", "input.cells.2", "input.cells.3.coordinates.0", "input.threshold"],
            errors.Select(Path).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task OnlyPublishersPublishStatistics()
    {
        var input = With(Cell(17, 400, "SEX=F", "COUNTY=03"));

        var reader = await hub.CreateClientAs("AF", "reader").SendPublishAsync(input);
        var anonymous = await hub.CreateClient().SendPublishAsync(input);

        Assert.Equal("FORBIDDEN", reader.FirstErrorCode);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
    }

    private static string Path(JsonNode? error) => string.Join('.', error!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
}
