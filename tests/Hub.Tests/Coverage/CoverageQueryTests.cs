using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Coverage;

public sealed class CoverageQueryTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private const string Matrix = """
        query($kind: CoverageKind!, $dimension: CoverageDimension!, $organisations: OrganisationFilter,
              $materialFilter: MaterialFilter, $interventionFilter: InterventionFilter) {
          coverage(kind: $kind, dimension: $dimension, organisations: $organisations,
                   materialFilter: $materialFilter, interventionFilter: $interventionFilter) {
            kind dimension gapCount
            entries { code }
            organisations { code }
            cells { organisation { code } entry { code } count gap }
          }
        }
        """;

    private async Task<JsonNode> CoverageAsync(object variables, string? bearer = null) =>
        (await hub.CreateClient().PostGraphQLAsync(Matrix, variables, bearer: bearer)).EnsureNoErrors().Data["coverage"]!;

    /// <summary>totalCount of the list for each cell, asked with aliases in batches the query limits allow.</summary>
    private async Task<Dictionary<(string Entry, string Org), int>> ListCountsAsync(JsonNode coverage, string list, string filterType,
        string codeField, object? baseFilter, string? bearer)
    {
        var cells = coverage["cells"]!.AsArray().Select(c => (Entry: c!["entry"]!["code"]!.GetValue<string>(), Org: c["organisation"]!["code"]!.GetValue<string>())).ToList();
        var counts = new Dictionary<(string, string), int>();
        var client = hub.CreateClient();
        foreach (var chunk in cells.Chunk(25))
        {
            var variables = new Dictionary<string, object?>();
            var fields = new List<string>();
            var declarations = new List<string>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var filter = baseFilter is null ? new JsonObject() : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(baseFilter))!.AsObject();
                filter[codeField] = new JsonArray(chunk[i].Entry);
                filter["owners"] = new JsonArray(chunk[i].Org);
                variables[$"f{i}"] = filter;
                declarations.Add($"$f{i}: {filterType}");
                fields.Add($"c{i}: {list}(filter: $f{i}, first: 0) {{ totalCount }}");
            }
            var data = (await client.PostGraphQLAsync($"query({string.Join(", ", declarations)}) {{ {string.Join(" ", fields)} }}", variables, bearer: bearer))
                .EnsureNoErrors().Data;
            for (var i = 0; i < chunk.Length; i++) counts[chunk[i]] = data[$"c{i}"]!["totalCount"]!.GetValue<int>();
        }
        return counts;
    }

    private static void AssertCellsEqual(JsonNode coverage, Dictionary<(string Entry, string Org), int> expected)
    {
        var actual = coverage["cells"]!.AsArray().ToDictionary(
            c => (c!["entry"]!["code"]!.GetValue<string>(), c["organisation"]!["code"]!.GetValue<string>()), c => c!["count"]!.GetValue<int>());
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
        Assert.Contains(actual.Values, v => v > 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("FK")]
    [InlineData("SKR")]
    public async Task EveryThemeCellEqualsTheMaterialListOfThatOwnerAndTheme(string? organisation)
    {
        var bearer = organisation is null ? null : hub.TokenFor(organisation);
        var coverage = await CoverageAsync(new { kind = "MATERIAL", dimension = "THEME" }, bearer);

        AssertCellsEqual(coverage, await ListCountsAsync(coverage, "materials", "MaterialFilter", "themes", null, bearer));
    }

    [Theory]
    [InlineData("DEVELOPMENT_AREA", "developmentAreas")]
    [InlineData("TARGET_GROUP", "targetGroups")]
    public async Task EveryInterventionCellEqualsTheInterventionListOfThatOwnerAndCode(string dimension, string field)
    {
        var bearer = hub.TokenFor("AF");
        var coverage = await CoverageAsync(new { kind = "INTERVENTION", dimension, organisations = new { isPlanAgency = true } }, bearer);

        AssertCellsEqual(coverage, await ListCountsAsync(coverage, "interventions", "InterventionFilter", field, null, bearer));
    }

    [Fact]
    public async Task AFilterNarrowsTheCountsJustAsItNarrowsTheList()
    {
        var filter = new { text = "bemötande" };
        var coverage = await CoverageAsync(new { kind = "MATERIAL", dimension = "DEVELOPMENT_AREA", materialFilter = filter });

        AssertCellsEqual(coverage, await ListCountsAsync(coverage, "materials", "MaterialFilter", "developmentAreas", filter, null));
    }

    [Fact]
    public async Task EveryEntryAndOrganisationIsACellAndOnlyEmptyCellsAreGaps()
    {
        var coverage = await CoverageAsync(new { kind = "MATERIAL", dimension = "FORMAT" });

        var entries = coverage["entries"]!.AsArray().Count;
        var organisations = coverage["organisations"]!.AsArray().Count;
        var cells = coverage["cells"]!.AsArray();
        Assert.Equal(entries * organisations, cells.Count);
        Assert.All(cells, c => Assert.Equal(c!["count"]!.GetValue<int>() == 0, c["gap"]!.GetValue<bool>()));
        Assert.Equal(cells.Count(c => c!["gap"]!.GetValue<bool>()), coverage["gapCount"]!.GetValue<int>());
        Assert.Equal("MATERIAL", coverage["kind"]!.GetValue<string>());
        Assert.Equal("FORMAT", coverage["dimension"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheColumnsAreTheOrganisationsAskedForWithThePlanAgenciesFirst()
    {
        var planAgencies = await CoverageAsync(new { kind = "MATERIAL", dimension = "THEME", organisations = new { isPlanAgency = true } });
        var all = await CoverageAsync(new { kind = "MATERIAL", dimension = "THEME" });

        Assert.Equal(["AF", "FK", "JAMY", "MIGR", "SOS"], planAgencies["organisations"]!.AsArray().Select(o => o!["code"]!.GetValue<string>()));
        var codes = all["organisations"]!.AsArray().Select(o => o!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(["AF", "FK", "JAMY", "MIGR", "SOS"], codes.Take(5));
        Assert.Equal(codes.Skip(5).Order(StringComparer.Ordinal), codes.Skip(5));
    }

    [Fact]
    public async Task TheRowsAreTheWholeVocabularyInItsOrderEvenWhereNothingCoversAnEntry()
    {
        var vocabulary = (await hub.CreateClient().PostGraphQLAsync("{ vocabulary(scheme: TARGET_GROUP, first: 100) { nodes { code } } }"))
            .EnsureNoErrors().Data["vocabulary"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>());
        var coverage = await CoverageAsync(new { kind = "INTERVENTION", dimension = "TARGET_GROUP", organisations = new { codes = new[] { "YALLA" } } });

        Assert.Equal(vocabulary, coverage["entries"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheCountsComeFromOneGroupingStatement()
    {
        var client = hub.CreateClient();
        await client.PostGraphQLAsync("{ coverage(kind: MATERIAL, dimension: THEME) { gapCount } }"); // warms the vocabulary cache

        var response = await client.PostGraphQLAsync("{ coverage(kind: MATERIAL, dimension: THEME) { cells { organisation { name } entry { labelSv } count } } }");

        response.EnsureNoErrors();
        // One statement for the organisations (the columns), one GROUP BY for every count; labels come from memory.
        Assert.Equal("2", response.Http.Headers.GetValues("X-Hub-Sql-Statements").Single());
    }

    [Theory]
    [InlineData("kind: INTERVENTION, dimension: THEME", "dimension")]
    [InlineData("kind: MATERIAL, dimension: TARGET_GROUP", "dimension")]
    [InlineData("kind: INTERVENTION, dimension: TARGET_GROUP, materialFilter: { text: \"x\" }", "materialFilter")]
    [InlineData("kind: MATERIAL, dimension: THEME, materialFilter: { themes: [\"NO_SUCH_THEME\"] }", "materialFilter.themes")]
    public async Task AQuestionTheMatrixCannotAnswerIsRefusedAsBadInput(string arguments, string field)
    {
        var response = await hub.CreateClient().PostGraphQLAsync($"{{ coverage({arguments}) {{ gapCount }} }}");

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }
}
