using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Imports;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

/// <summary>Organisations and vocabulary entries: managed by the admins of the coordinating agency.</summary>
public sealed class ReferenceDataMutationTests(PublishingHub hub) : IClassFixture<PublishingHub>
{
    private readonly HttpClient _admin = hub.CreateClientAs("AF", "admin");

    [Theory]
    [InlineData(null, null, "UNAUTHENTICATED")]
    [InlineData("AF", "publisher", "FORBIDDEN")]
    [InlineData("FK", "admin", "FORBIDDEN")]
    [InlineData("AF", "admin", null)]
    public async Task OnlyAdminsOfTheCoordinatingAgencyManageOrganisationsAndVocabularies(string? organisation, string? role, string? expected)
    {
        var client = organisation is null ? hub.CreateClient() : hub.CreateClientAs(organisation, role!);
        var suffix = $"{organisation}{role}".ToUpperInvariant();

        var newOrganisation = await client.SendAsync("createOrganisation", new { code = $"KOMMUN-{suffix}", name = "Kommunen", kind = "MUNICIPALITY" });
        var newEntry = await client.SendAsync("createVocabularyEntry", new { scheme = "THEME", code = $"THEME_{suffix}", labelSv = "Tema", labelEn = "Theme" });

        Assert.Equal(expected, newOrganisation.FirstErrorCode);
        Assert.Equal(expected, newEntry.FirstErrorCode);
    }

    [Fact]
    public async Task ANewVocabularyEntryIsAcceptedAtOnceByMaterialsAndImports()
    {
        await _admin.SaveAsync("createVocabularyEntry", new { scheme = "THEME", code = "DIGITAL_INCLUSION", labelSv = "Digital delaktighet", labelEn = "Digital inclusion" });

        var publisher = hub.CreateClientAs("FK", "publisher");
        await publisher.SaveAsync("createMaterial", NewMaterial("digital-1", ("themes", new[] { "DIGITAL_INCLUSION" })));
        var report = await publisher.ImportAsync("externalId,title,format,themes,visibility\ndigital-2,T,GUIDE,digital delaktighet,PUBLIC\n");
        Assert.Equal(1, report["created"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnEntryCreatedEarlierInTheSameRequestIsListedWithItsLabels()
    {
        // The request's vocabulary snapshot predates the entry, so the material's theme page must fetch it.
        var response = await hub.CreateClientAs("AF", "admin", "publisher").PostGraphQLAsync("""
            mutation {
              entry: createVocabularyEntry(input: { scheme: THEME, code: "SAME_REQUEST", labelSv: "Samma begäran", labelEn: "Same request" }) { errors { code } }
              material: createMaterial(input: { externalId: "same-request", title: "Samma begäran", format: "GUIDE", themes: ["SAME_REQUEST", "EQUAL_TREATMENT"], visibility: PUBLIC }) {
                material { themes { nodes { code labelSv } } }
                errors { code message }
              }
            }
            """);
        var themes = response.EnsureNoErrors().Data["material"]!["material"]!["themes"]!["nodes"]!.AsArray();
        Assert.Contains(themes, t => (string?)t!["code"] == "SAME_REQUEST" && (string?)t["labelSv"] == "Samma begäran");
        Assert.Contains(themes, t => (string?)t!["code"] == "EQUAL_TREATMENT");
    }

    [Fact]
    public async Task AVocabularyCodeIsNeverRenamedAndMustBeNew()
    {
        var duplicate = await _admin.MutateAsync("createVocabularyEntry", new { scheme = "FORMAT", code = "GUIDE", labelSv = "x", labelEn = "x" });
        Assert.Equal(("DUPLICATE", "code"), (ErrorsOf(duplicate)[0]!["code"]!.GetValue<string>(), ErrorsOf(duplicate)[0]!["path"]![1]!.GetValue<string>()));
        var spaces = await _admin.MutateAsync("createVocabularyEntry", new { scheme = "FORMAT", code = "TWO WORDS", labelSv = "x", labelEn = "x" });
        Assert.Equal("INVALID_VALUE", ErrorsOf(spaces)[0]!["code"]!.GetValue<string>());

        var entry = await _admin.PostGraphQLAsync("{ vocabulary(scheme: FORMAT, first: 1) { nodes { id } } }");
        var id = entry.EnsureNoErrors().Data["vocabulary"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var relabelled = await _admin.SaveAsync("updateVocabularyEntry", Change(id, 1, ("labelSv", "Webbutbildning")));
        Assert.Equal("Webbutbildning", relabelled["labelSv"]!.GetValue<string>());
        var rename = await _admin.SendAsync("updateVocabularyEntry", Change(id, 2, ("code", "E_COURSE")));
        Assert.NotNull(rename.Errors); // the update input has no code field
    }

    [Fact]
    public async Task AnOrganisationIsCreatedAndUpdatedWithItsCodeFixed()
    {
        var created = await _admin.SaveAsync("createOrganisation", new { code = "KOMMUN-LUND", name = "Lunds kommun", kind = "MUNICIPALITY", webUrl = "https://lund.se" });
        var updated = await _admin.SaveAsync("updateOrganisation", Change(created["id"]!.GetValue<string>(), 1, ("name", "Lunds kommun (ny)")));
        Assert.Equal(("KOMMUN-LUND", "Lunds kommun (ny)", 2), (updated["code"]!.GetValue<string>(), updated["name"]!.GetValue<string>(), updated["version"]!.GetValue<int>()));

        var invalid = await _admin.MutateAsync("createOrganisation", new { code = "lund kommun", name = "", kind = "MUNICIPALITY" });
        Assert.Equal(["code", "name"], ErrorsOf(invalid).Select(e => e!["path"]![1]!.GetValue<string>()));
        var taken = await _admin.MutateAsync("createOrganisation", new { code = "KOMMUN-LUND", name = "Igen", kind = "MUNICIPALITY" });
        Assert.Equal("DUPLICATE", ErrorsOf(taken)[0]!["code"]!.GetValue<string>());

        // A publisher of the new organisation can publish at once.
        await hub.CreateClientAs("KOMMUN-LUND", "publisher").SaveAsync("createMaterial", NewMaterial("lund-1"));
    }
}
