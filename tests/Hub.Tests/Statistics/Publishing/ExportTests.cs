using System.Net;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Statistics.Publishing.StatisticsApi;

namespace Hub.Tests.Statistics.Publishing;

/// <summary>JSON-stat 2.0 and CSV at stable addresses, under the same visibility rule as GraphQL.</summary>
public sealed class ExportTests(StatisticsHub hub) : IClassFixture<StatisticsHub>
{
    private static readonly List<object> Cells =
    [
        .. SexByCounty(("01", 84, 2100, 222, 1850), ("03", 17, 420, 47, 390), ("09", 0, 18, 2, 14)),
    ];

    [Fact]
    public async Task JsonStatIsAValidDatasetWithTotalsLabelsAndStatuses()
    {
        var dataset = await PublishAsync("EXPORT-JSON", "PUBLIC");
        var client = hub.CreateClient();
        var urls = await client.DatasetAsync(dataset, "jsonStatUrl csvUrl");

        var response = await client.GetAsync(urls["jsonStatUrl"]!.GetValue<string>());
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("2.0", "dataset"), (json["version"]!.GetValue<string>(), json["class"]!.GetValue<string>()));
        var ids = json["id"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
        var sizes = json["size"]!.AsArray().Select(s => s!.GetValue<int>()).ToList();
        Assert.Equal(["SEX", "COUNTY"], ids);
        Assert.Equal([3, 4], sizes);
        var values = json["value"]!.AsArray();
        Assert.Equal(sizes.Aggregate(1, (a, b) => a * b), values.Count);
        foreach (var (id, size) in ids.Zip(sizes))
        {
            var category = json["dimension"]![id]!["category"]!;
            var index = category["index"]!.AsObject();
            Assert.Equal(Enumerable.Range(0, size), index.Select(p => p.Value!.GetValue<int>()).Order());
            Assert.Equal(size - 1, index["_T"]!.GetValue<int>());
            Assert.Equal(index.Select(p => p.Key).Order(), category["label"]!.AsObject().Select(p => p.Key).Order());
            Assert.Equal("Totalt", category["label"]!["_T"]!.GetValue<string>());
        }
        Assert.Equal("Kvinnor", json["dimension"]!["SEX"]!["category"]!["label"]!["F"]!.GetValue<string>());
        var status = json["status"]!.AsObject();
        Assert.NotEmpty(status);
        for (var i = 0; i < values.Count; i++)
        {
            var code = status[i.ToString(System.Globalization.CultureInfo.InvariantCulture)]?.GetValue<string>();
            Assert.True(values[i] is null == code is not null, $"value {i} and its status disagree");
            if (code is not null) Assert.Contains(code, new[] { "A", "D" });
        }
        Assert.Equal("A", status[Index(sizes, 1, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)]!.GetValue<string>()); // men in Gotland: 2
        Assert.Equal(0, values[Index(sizes, 0, 2)]!.GetValue<int>()); // women in Gotland: 0, shown
        Assert.Equal(5, json["extension"]!["threshold"]!.GetValue<int>());
        Assert.Equal("Syntetiska testdata.", json["note"]![0]!.GetValue<string>());
        Assert.Equal("Arbetsförmedlingen", json["source"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(json["updated"]!.GetValue<string>(), out _));
        Assert.Equal(["COUNTY"], json["role"]!["geo"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task CsvHasAColumnPerDimensionCountPopulationAndStatus()
    {
        var dataset = await PublishAsync("EXPORT-CSV", "PUBLIC");
        var client = hub.CreateClient();

        var response = await client.GetAsync((await client.DatasetAsync(dataset, "csvUrl"))["csvUrl"]!.GetValue<string>());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("SEX,COUNTY,count,population,status", lines[0]);
        Assert.Equal(1 + (3 * 4), lines.Length);
        Assert.Contains("F,01,84,2100,", lines);
        Assert.Contains("F,09,0,18,", lines);
        Assert.Contains("M,09,,,A", lines);
        Assert.Contains("_T,_T,372,4792,", lines);
    }

    [Fact]
    public async Task CodesThatASpreadsheetWouldRunAsAFormulaAreWrittenAsText()
    {
        // Vocabulary codes may start with + or - (the code form allows them, e.g. 65+); a spreadsheet opening the
        // CSV would evaluate "+1+1" as a formula (OWASP: CSV injection), so the Hub writes it as text.
        var admin = hub.CreateClientAs("AF", "admin");
        foreach (var code in new[] { "+1+1", "-2+3" })
            (await admin.PostGraphQLAsync(
                "mutation($input: CreateVocabularyEntryInput!) { createVocabularyEntry(input: $input) { errors { code message } } }",
                new { input = new { scheme = "EDUCATION", code, labelSv = $"={code}", labelEn = $"={code}", sortOrder = 100_000 } })).EnsureNoErrors();
        var dataset = (await hub.CreateClientAs("AF", "publisher").PublishedAsync(Table("EXPORT-FORMULA", ["SEX", "EDUCATION"],
            [Cell(40, null, "SEX=F", "EDUCATION=+1+1"), Cell(50, null, "SEX=M", "EDUCATION=+1+1"),
             Cell(60, null, "SEX=F", "EDUCATION=-2+3"), Cell(70, null, "SEX=M", "EDUCATION=-2+3")])))["id"]!.GetValue<string>();

        var lines = (await hub.CreateClient().GetStringAsync($"/statistics/{dataset}.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("F,\"'+1+1\",40,,", lines);
        Assert.Contains("M,\"'-2+3\",70,,", lines);
        Assert.Contains("_T,_T,220,,", lines);
        Assert.DoesNotContain(lines, line => line.Split(',').Any(field => field.Length > 0 && "=+-@\t\r".Contains(field[0])));
    }

    [Fact]
    public async Task ExportsFollowTheVisibilityRuleAndAHiddenDatasetLooksUnknown()
    {
        var agencies = await PublishAsync("EXPORT-AGENCIES", "AGENCIES");
        var owner = await PublishAsync("EXPORT-OWNER", "OWNER");
        var unknown = Hub.GraphQL.GlobalId.Encode("StatisticsDataset", 999_999);

        var anonymous = await GetAsync(agencies, null);
        var missing = await GetAsync(unknown, null);
        var partner = await GetAsync(agencies, hub.TokenFor("SKR"));
        var agency = await GetAsync(agencies, hub.TokenFor("FK"));
        var otherAgency = await GetAsync(owner, hub.TokenFor("FK"));
        var itsOwner = await GetAsync(owner, hub.TokenFor("AF"));
        var csv = await hub.CreateClient().GetAsync($"/statistics/{agencies}.csv");
        var garbage = await GetAsync("not-an-id", null);

        Assert.Equal((HttpStatusCode.NotFound, missing.Body), (anonymous.Status, anonymous.Body));
        Assert.Equal(HttpStatusCode.NotFound, partner.Status);
        Assert.Equal(HttpStatusCode.OK, agency.Status);
        Assert.Equal(HttpStatusCode.NotFound, otherAgency.Status);
        Assert.Equal(HttpStatusCode.OK, itsOwner.Status);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, missing.Body), (garbage.Status, garbage.Body));
    }

    [Fact]
    public async Task AnInvalidTokenIsRefusedNotTreatedAsAnonymous()
    {
        var dataset = await PublishAsync("EXPORT-TOKEN", "PUBLIC");

        var response = await GetAsync(dataset, "not.a.token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    private async Task<string> PublishAsync(string externalId, string visibility) =>
        (await hub.CreateClientAs("AF", "publisher").PublishedAsync(Table(externalId, ["SEX", "COUNTY"], Cells, ("visibility", visibility))))["id"]!.GetValue<string>();

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string id, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/statistics/{id}.json");
        if (bearer is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        using var response = await hub.CreateClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Row-major position: the last dimension varies fastest.</summary>
    private static int Index(IReadOnlyList<int> sizes, int sex, int county) => (sex * sizes[1]) + county;
}
