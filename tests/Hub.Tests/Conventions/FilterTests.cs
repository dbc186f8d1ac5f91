using Hub.Access;
using Hub.Interventions;
using Hub.Materials;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Conventions;

/// <summary>
/// Each filter field alone and in combination, compared with the same rule computed here over all rows.
/// Anonymous callers see public, current items only, so that is what the expectations use.
/// </summary>
public sealed class FilterTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private readonly HttpClient _client = hub.CreateClient();

    public static TheoryData<string, string> MaterialFilters => new()
    {
        { "owners", """{ "owners": ["MIGR", "JAMY"] }""" },
        { "themes", """{ "themes": ["EQUAL_TREATMENT", "HONOUR_VIOLENCE"] }""" },
        { "formats", """{ "formats": ["E_LEARNING"] }""" },
        { "audiences", """{ "audiences": ["MANAGERS"] }""" },
        { "languages", """{ "languages": ["ar"] }""" },
        { "developmentAreas", """{ "developmentAreas": ["INFORMATION"] }""" },
        { "visibility", """{ "visibility": [PUBLIC] }""" },
        { "updatedSince", """{ "updatedSince": "2000-01-01T00:00:00Z" }""" },
        { "text", """{ "text": "bemötande" }""" },
        { "combined", """{ "owners": ["MIGR"], "themes": ["EQUAL_TREATMENT"], "audiences": ["CASEWORKERS", "MANAGERS"] }""" },
    };

    [Theory]
    [MemberData(nameof(MaterialFilters))]
    public async Task MaterialFilterMatchesTheRule(string name, string filter)
    {
        var all = (await hub.AllMaterialsAsync()).Where(m => m.Visibility == Visibility.Public && m.RetiredAt == null).ToList();
        var expected = all.Where(Rule(name)).Select(m => m.Title).Order(StringComparer.Ordinal).ToList();
        var actual = await Titles("materials", filter);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static Func<CompetenceMaterial, bool> Rule(string name) => name switch
    {
        "owners" => m => m.Owner!.Code is "MIGR" or "JAMY",
        "themes" => m => m.Codes.Any(c => c.Scheme == "THEME" && c.Code is "EQUAL_TREATMENT" or "HONOUR_VIOLENCE"),
        "formats" => m => m.FormatCode == "E_LEARNING",
        "audiences" => m => Has(m, "AUDIENCE", "MANAGERS"),
        "languages" => m => Has(m, "LANGUAGE", "ar"),
        "developmentAreas" => m => Has(m, "DEVELOPMENT_AREA", "INFORMATION"),
        "visibility" or "updatedSince" => _ => true,
        "text" => m => $"{m.Title} {m.Platform} {m.Description}".Contains("bemötande", StringComparison.OrdinalIgnoreCase),
        "combined" => m => m.Owner!.Code == "MIGR" && Has(m, "THEME", "EQUAL_TREATMENT")
            && m.Codes.Any(c => c.Scheme == "AUDIENCE" && c.Code is "CASEWORKERS" or "MANAGERS"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static TheoryData<string, string> InterventionFilters => new()
    {
        { "kinds", """{ "kinds": ["SUPPORT"] }""" },
        { "developmentAreas", """{ "developmentAreas": ["EQUAL_ACCESS"] }""" },
        { "targetGroups", """{ "targetGroups": ["FAMILY_MIGRANTS", "ASYLUM_SEEKERS"] }""" },
        { "counties", """{ "counties": ["12"] }""" },
        { "nationwide", """{ "nationwide": false }""" },
        { "statuses", """{ "statuses": [COMPLETED, PLANNED] }""" },
        { "partners", """{ "partners": ["FK"] }""" },
        { "resultsChainLevels", """{ "resultsChainLevels": ["PRODUCT"] }""" },
        { "combined", """{ "owners": ["AF", "MIGR"], "statuses": [ONGOING], "developmentAreas": ["INFORMATION"] }""" },
    };

    [Theory]
    [MemberData(nameof(InterventionFilters))]
    public async Task InterventionFilterMatchesTheRule(string name, string filter)
    {
        var all = (await hub.AllInterventionsAsync()).Where(i => i.Visibility == Visibility.Public && i.RetiredAt == null).ToList();
        var fkId = (await hub.QueryAsync(db => Task.FromResult(db.Organisations.Single(o => o.Code == "FK").Id)));
        var expected = all.Where(InterventionRule(name, fkId)).Select(i => i.Title).Order(StringComparer.Ordinal).ToList();
        var actual = await Titles("interventions", filter);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static Func<Intervention, bool> InterventionRule(string name, int fkId) => name switch
    {
        "kinds" => i => i.KindCode == "SUPPORT",
        "developmentAreas" => i => Has(i, "DEVELOPMENT_AREA", "EQUAL_ACCESS"),
        "targetGroups" => i => i.Codes.Any(c => c.Scheme == "TARGET_GROUP" && c.Code is "FAMILY_MIGRANTS" or "ASYLUM_SEEKERS"),
        "counties" => i => Has(i, "COUNTY", "12") || i.Codes.All(c => c.Scheme != "COUNTY"),
        "nationwide" => i => i.Codes.Any(c => c.Scheme == "COUNTY"),
        "statuses" => i => i.Status is InterventionStatus.Completed or InterventionStatus.Planned,
        "partners" => i => i.Partners.Any(p => p.OrganisationId == fkId),
        "resultsChainLevels" => i => i.ResultsChainLevelCode == "PRODUCT",
        "combined" => i => i.Owner!.Code is "AF" or "MIGR" && i.Status == InterventionStatus.Ongoing && Has(i, "DEVELOPMENT_AREA", "INFORMATION"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Fact]
    public async Task UnknownVocabularyCodesAreRejectedNamingTheField()
    {
        var response = await _client.PostGraphQLAsync("""{ materials(filter: { themes: ["NOT_A_THEME"], formats: ["E_LEARNING"] }) { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Equal("filter.themes", response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task RetiredItemsAreHiddenUnlessAskedFor()
    {
        using var own = new HubFactory();
        var material = await own.AddMaterialAsync("Retired material about pensions", owner: "FK");
        await own.QueryAsync(async db =>
        {
            var row = await db.Materials.FindAsync(material.Id);
            row!.RetiredAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync();
        });
        var client = own.CreateClient();
        const string query = "query($r: Boolean) { materials(filter: { owners: [\"FK\"], includeRetired: $r }, first: 100) { nodes { title } } }";
        var hidden = await client.PostGraphQLAsync(query, new { r = false });
        var shown = await client.PostGraphQLAsync(query, new { r = true });
        Assert.DoesNotContain("Retired material about pensions", hidden.EnsureNoErrors().Body);
        Assert.Contains("Retired material about pensions", shown.EnsureNoErrors().Body);
    }

    private async Task<List<string>> Titles(string list, string filter)
    {
        filter = System.Text.RegularExpressions.Regex.Replace(filter, "\"(\\w+)\":", "$1:"); // JSON-ish keys to GraphQL names
        var titles = new List<string>();
        string? after = null;
        do
        {
            var response = await _client.PostGraphQLAsync(
                $"query($after: String) {{ {list}(first: 100, after: $after, filter: {filter}) {{ nodes {{ title }} pageInfo {{ hasNextPage endCursor }} }} }}", new { after });
            var page = response.EnsureNoErrors().Data[list]!;
            titles.AddRange(page["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);
        return titles;
    }

    private static bool Has(CompetenceMaterial m, string scheme, string code) => m.Codes.Any(c => c.Scheme == scheme && c.Code == code);

    private static bool Has(Intervention i, string scheme, string code) => i.Codes.Any(c => c.Scheme == scheme && c.Code == code);
}
