using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

public sealed class ItemMutationTests(PublishingHub hub) : IClassFixture<PublishingHub>
{
    private readonly HttpClient _af = hub.CreateClientAs("AF", "publisher");

    [Fact]
    public async Task CreatedMaterialBelongsToTheCallersOrganisationAtVersionOne()
    {
        var material = await _af.SaveAsync("createMaterial", NewMaterial("create-1", ("title", "  Bemötande i praktiken  "), ("themes", new[] { "HEALTH", "EQUAL_TREATMENT", "HEALTH" })));
        Assert.Equal("Bemötande i praktiken", material["title"]!.GetValue<string>());
        Assert.Equal(1, material["version"]!.GetValue<int>());
        Assert.Equal(["EQUAL_TREATMENT", "HEALTH"], material["themes"]!["nodes"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()).Order());
        var owner = await _af.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on CompetenceMaterial { owner { code } } } }", new { id = material["id"]!.GetValue<string>() });
        Assert.Equal("AF", owner.EnsureNoErrors().Data["node"]!["owner"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateChangesOnlyTheFieldsGivenAndNullClearsAField()
    {
        var created = await _af.SaveAsync("createMaterial", NewMaterial("partial-1", ("description", "Kvar"), ("webUrl", "https://example.se/a"), ("durationMinutes", 30)));
        var id = created["id"]!.GetValue<string>();

        var updated = await _af.SaveAsync("updateMaterial", Change(id, 1, ("title", "Ny titel"), ("webUrl", null)));

        Assert.Equal("Ny titel", updated["title"]!.GetValue<string>());
        Assert.Null(updated["webUrl"]);
        Assert.Equal("Kvar", updated["description"]!.GetValue<string>());
        Assert.Equal(30, updated["durationMinutes"]!.GetValue<int>());
        Assert.Equal(["EQUAL_TREATMENT"], updated["themes"]!["nodes"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
        Assert.Equal(2, updated["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task SecondMutationOfARequestShowsTheStateTheFirstLeft()
    {
        var created = await _af.SaveAsync("createMaterial", NewMaterial("twice-1", ("themes", new[] { "HEALTH" })));
        var id = created["id"]!.GetValue<string>();
        var response = await _af.PostGraphQLAsync("""
            mutation($a: UpdateMaterialInput!, $b: UpdateMaterialInput!) {
              first: updateMaterial(input: $a) { material { version themes { nodes { code } } } }
              second: updateMaterial(input: $b) { material { version themes { nodes { code } } } }
            }
            """, new { a = Change(id, 1, ("themes", new[] { "CHILDCARE" })), b = Change(id, 2, ("themes", new[] { "INTERPRETING" })) });
        var second = response.EnsureNoErrors().Data["second"]!["material"]!;
        Assert.Equal(3, second["version"]!.GetValue<int>());
        Assert.Equal(["INTERPRETING"], second["themes"]!["nodes"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UpdateThatChangesNothingKeepsTheVersion()
    {
        var created = await _af.SaveAsync("createMaterial", NewMaterial("same-1", ("themes", new[] { "HEALTH", "EQUAL_TREATMENT" })));
        var id = created["id"]!.GetValue<string>();

        var same = await _af.SaveAsync("updateMaterial", Change(id, 1, ("title", created["title"]!.GetValue<string>()), ("themes", new[] { "EQUAL_TREATMENT", "HEALTH" })));

        Assert.Equal(1, same["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task RetiredMaterialIsKeptButListedOnlyWithIncludeRetired()
    {
        var created = await _af.SaveAsync("createMaterial", NewMaterial("retire-1", ("title", "Att pensionera")));
        var id = created["id"]!.GetValue<string>();

        var retired = await _af.SaveAsync("retireMaterial", new { id, expectedVersion = 1 });

        Assert.NotNull(retired["retiredAt"]);
        Assert.Equal(2, retired["version"]!.GetValue<int>());
        const string List = "query($r: Boolean) { materials(first: 100, filter: { owners: [\"AF\"], text: \"pensionera\", includeRetired: $r }) { nodes { id } } }";
        var current = await _af.PostGraphQLAsync(List, new { r = false });
        Assert.Empty(current.EnsureNoErrors().Data["materials"]!["nodes"]!.AsArray());
        var all = await _af.PostGraphQLAsync(List, new { r = true });
        Assert.Equal(id, all.EnsureNoErrors().Data["materials"]!["nodes"]![0]!["id"]!.GetValue<string>());
        var again = await _af.MutateAsync("retireMaterial", new { id, expectedVersion = 2 });
        Assert.Equal("RETIRED", ErrorsOf(again)[0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task InterventionIsCreatedUpdatedAndRetiredWithItsCountiesAndPartners()
    {
        var created = await _af.SaveAsync("createIntervention", NewIntervention("ins-1", ("counties", new[] { "12", "01" }), ("partners", new[] { "MALMO", "FK" })));
        var id = created["id"]!.GetValue<string>();
        Assert.Equal(["01", "12"], created["counties"]!["nodes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal(["FK", "MALMO"], created["partners"]!["nodes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));

        var updated = await _af.SaveAsync("updateIntervention", Change(id, 1, ("counties", Array.Empty<string>()), ("partners", new[] { "FK", "MIGR" }), ("status", "COMPLETED")));
        Assert.Empty(updated["counties"]!["nodes"]!.AsArray());
        Assert.Equal(["FK", "MIGR"], updated["partners"]!["nodes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal("COMPLETED", updated["status"]!.GetValue<string>());

        var retired = await _af.SaveAsync("retireIntervention", new { id, expectedVersion = 2 });
        Assert.NotNull(retired["retiredAt"]);
    }

    [Fact]
    public async Task AnUnknownOrMistypedIdIsNotFound()
    {
        var material = await _af.SaveAsync("createMaterial", NewMaterial("typed-1"));
        foreach (var id in new[] { "bm9wZQ", Hub.GraphQL.GlobalId.Encode("CompetenceMaterial", 999_999) })
        {
            var payload = await _af.MutateAsync("updateMaterial", Change(id, 1, ("title", "x")));
            Assert.Equal(["NOT_FOUND"], ErrorsOf(payload).Select(e => e!["code"]!.GetValue<string>()));
            Assert.Equal(["input", "id"], ErrorsOf(payload)[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        }
        // A material's id is not an intervention's id.
        var wrongType = await _af.MutateAsync("updateIntervention", Change(material["id"]!.GetValue<string>(), 1, ("title", "x")));
        Assert.Equal("NOT_FOUND", ErrorsOf(wrongType)[0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task SeveralMutationsInOneRequestRunInOrder()
    {
        var response = await _af.PostGraphQLAsync("""
            mutation($a: CreateMaterialInput!, $b: CreateMaterialInput!) {
              a: createMaterial(input: $a) { material { externalId version } errors { code } }
              b: createMaterial(input: $b) { material { externalId version } errors { code } }
            }
            """, new { a = NewMaterial("serial-a"), b = NewMaterial("serial-a") });
        var data = response.EnsureNoErrors().Data;
        Assert.Empty(data["a"]!["errors"]!.AsArray());
        // The second sees the first's committed row: the external id is taken.
        Assert.Equal("DUPLICATE", data["b"]!["errors"]![0]!["code"]!.GetValue<string>());
    }
}
