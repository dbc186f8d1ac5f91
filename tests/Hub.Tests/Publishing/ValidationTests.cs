using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

public sealed class ValidationTests(PublishingHub hub) : IClassFixture<PublishingHub>
{
    private readonly HttpClient _af = hub.CreateClientAs("AF", "publisher");

    public static TheoryData<string, object?, string> InvalidMaterialFields => new()
    {
        { "title", null, "REQUIRED" },
        { "title", "   ", "REQUIRED" },
        { "title", new string('x', 301), "TOO_LONG" },
        { "description", new string('x', 10_001), "TOO_LONG" },
        { "format", null, "REQUIRED" },
        { "format", "BROCHURE", "UNKNOWN_CODE" },
        { "format", "guide", "UNKNOWN_CODE" },
        { "themes", new[] { "EQUAL_TREATMENT", "COOKING" }, "UNKNOWN_CODE" },
        { "audiences", new[] { "EVERYONE" }, "UNKNOWN_CODE" },
        { "languages", new[] { "xx" }, "UNKNOWN_CODE" },
        { "developmentAreas", new[] { "WELLBEING" }, "UNKNOWN_CODE" },
        { "webUrl", "www.arbetsformedlingen.se", "INVALID_URL" },
        { "webUrl", "ftp://files.example.se/a.pdf", "INVALID_URL" },
        { "webUrl", "javascript:alert(1)", "INVALID_URL" },
        { "webUrl", "https://" + new string('a', 2000) + ".se", "TOO_LONG" },
        { "contactEmail", "kontakt(at)af.se", "INVALID_EMAIL" },
        { "contactEmail", "Anna <anna@af.se>", "INVALID_EMAIL" },
        { "durationMinutes", -1, "INVALID_VALUE" },
        { "platform", new string('p', 201), "TOO_LONG" },
        { "visibility", null, "REQUIRED" },
        { "externalId", new string('e', 101), "TOO_LONG" },
    };

    [Theory]
    [MemberData(nameof(InvalidMaterialFields))]
    public async Task EachMaterialRuleIsReportedAtItsInputFieldAndNothingIsSaved(string field, object? value, string code)
    {
        var before = await hub.MaterialCountAsync("AF");

        var payload = await _af.MutateAsync("createMaterial", NewMaterial($"invalid-{field}-{code}", (field, value)));

        var error = Assert.Single(ErrorsOf(payload));
        Assert.Equal(code, error!["code"]!.GetValue<string>());
        Assert.Equal(["input", field], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(payload["material"]);
        Assert.Equal(before, await hub.MaterialCountAsync("AF"));
    }

    public static TheoryData<string, object?, string> InvalidInterventionFields => new()
    {
        { "kind", null, "REQUIRED" },
        { "kind", "PROGRAMME", "UNKNOWN_CODE" },
        { "status", null, "REQUIRED" },
        { "summary", new string('s', 1_001), "TOO_LONG" },
        { "counties", new[] { "12", "99" }, "UNKNOWN_CODE" },
        { "targetGroups", new[] { "MEN" }, "UNKNOWN_CODE" },
        { "resultsChainLevel", "IMPACT", "UNKNOWN_CODE" },
        { "partners", new[] { "FK", "ACME" }, "UNKNOWN_ORGANISATION" },
        { "endDate", "2024-12-31", "DATES_OUT_OF_ORDER" },
        { "contactPhone", new string('1', 51), "TOO_LONG" },
    };

    [Theory]
    [MemberData(nameof(InvalidInterventionFields))]
    public async Task EachInterventionRuleIsReportedAtItsInputFieldAndNothingIsSaved(string field, object? value, string code)
    {
        var before = await hub.InterventionCountAsync("AF");

        var payload = await _af.MutateAsync("createIntervention", NewIntervention($"invalid-{field}-{code}", (field, value)));

        var error = Assert.Single(ErrorsOf(payload));
        Assert.Equal(code, error!["code"]!.GetValue<string>());
        Assert.Equal(["input", field], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(before, await hub.InterventionCountAsync("AF"));
    }

    [Fact]
    public async Task EveryViolationIsReportedAtOnce()
    {
        var payload = await _af.MutateAsync("createMaterial", new
        {
            title = "", format = "NOPE", themes = new[] { "X" }, webUrl = "ftp://x", contactEmail = "nope", durationMinutes = -1,
        });

        Assert.Equal(["contactEmail", "durationMinutes", "format", "themes", "title", "visibility", "webUrl"],
            ErrorsOf(payload).Select(e => e!["path"]![1]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task AnExternalIdIsUniqueWithinTheOrganisationOnly()
    {
        await _af.SaveAsync("createMaterial", NewMaterial("shared-external-id"));

        var again = await _af.MutateAsync("createMaterial", NewMaterial("shared-external-id"));
        Assert.Equal("DUPLICATE", ErrorsOf(again).Single()!["code"]!.GetValue<string>());
        await hub.CreateClientAs("FK", "publisher").SaveAsync("createMaterial", NewMaterial("shared-external-id"));
    }

    [Fact]
    public async Task UpdateCannotClearARequiredFieldAndChecksDatesAgainstTheStoredOnes()
    {
        var intervention = await _af.SaveAsync("createIntervention", NewIntervention("dates-1", ("startDate", "2025-03-01"), ("endDate", null)));
        var id = intervention["id"]!.GetValue<string>();

        var payload = await _af.MutateAsync("updateIntervention", Change(id, 1, ("title", null), ("endDate", "2025-02-28")));

        Assert.Equal([("REQUIRED", "title"), ("DATES_OUT_OF_ORDER", "endDate")],
            ErrorsOf(payload).Select(e => (e!["code"]!.GetValue<string>(), e["path"]![1]!.GetValue<string>())));
        var unchanged = await _af.SaveAsync("updateIntervention", Change(id, 1, ("endDate", "2025-03-01")));
        Assert.Equal(2, unchanged["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task AGraphQLLiteralWithARequiredFieldMissingIsAUserErrorToo()
    {
        var response = await _af.PostGraphQLAsync("""
            mutation { createMaterial(input: { format: "GUIDE", visibility: PUBLIC }) { material { id } errors { code path } } }
            """);
        var error = Assert.Single(response.EnsureNoErrors().Data["createMaterial"]!["errors"]!.AsArray());
        Assert.Equal("REQUIRED", error!["code"]!.GetValue<string>());
    }
}
