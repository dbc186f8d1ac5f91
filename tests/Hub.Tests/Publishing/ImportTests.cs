using Hub.Import;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.Publishing.Imports;

namespace Hub.Tests.Publishing;

public sealed class ImportTests(PublishingHub hub) : IClassFixture<PublishingHub>
{
    /// <summary>
    /// What a Swedish spreadsheet gives: BOM, semicolons, CRLF, a cell with line breaks, quotes and a semicolon,
    /// Swedish headers in odd case, labels instead of codes in mixed case, blank lines and an empty ";;;" row.
    /// </summary>
    private const string Messy =
        "\uFEFFExternt id;TITEL;Beskrivning;Format;Teman;målgrupper;Språk;Länk;Synlighet;Senast granskad;Tidsåtgång;E-post\r\n" +
        "MESSY-1;Bemötande i mötet;\"Flera rader:\r\nrad två; med semikolon och \"\"citat\"\"\";E-utbildning;likvärdigt bemötande|ANTIDISKRIMINERING;handläggare | Chefer;Svenska|ar;https://www.arbetsformedlingen.se/kurs;Myndigheter;2025-02-01;45;kurs@arbetsformedlingen.se\r\n" +
        "\r\n" +
        "MESSY-2;Tolkning i praktiken;;PODD;Tolkning;Alla medarbetare;English;;offentlig;;;\r\n" +
        ";;;;;;;;;;;\r\n" +
        "\r\n\r\n";

    [Fact]
    public async Task AMessySwedishSpreadsheetExportIsImported()
    {
        var report = await hub.CreateClientAs("FK", "publisher").ImportAsync(Messy);

        Assert.Empty(Problems(report));
        Assert.True(report["applied"]!.GetValue<bool>());
        Assert.Equal(2, report["created"]!.GetValue<int>());
        Assert.Equal([2, 5], report["rows"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        var first = await hub.MaterialAsync("FK", "MESSY-1");
        Assert.Equal("Bemötande i mötet", first["title"]!.GetValue<string>());
        Assert.Equal("Flera rader:\r\nrad två; med semikolon och \"citat\"", first["description"]!.GetValue<string>());
        Assert.Equal("E_LEARNING", first["format"]!["code"]!.GetValue<string>());
        Assert.Equal(["ANTI_DISCRIMINATION", "EQUAL_TREATMENT"], Codes(first, "themes"));
        Assert.Equal(["CASEWORKERS", "MANAGERS"], Codes(first, "audiences"));
        Assert.Equal(["ar", "sv"], Codes(first, "languages"));
        Assert.Equal("AGENCIES", first["visibility"]!.GetValue<string>());
        Assert.Equal("2025-02-01", first["lastReviewed"]!.GetValue<string>());
        Assert.Equal(45, first["durationMinutes"]!.GetValue<int>());
        Assert.Equal("kurs@arbetsformedlingen.se", first["contact"]!["email"]!.GetValue<string>());
        var second = await hub.MaterialAsync("FK", "MESSY-2");
        Assert.Equal("PODCAST", second["format"]!["code"]!.GetValue<string>());
        Assert.Equal(["ALL_STAFF"], Codes(second, "audiences"));
        Assert.Equal(["en"], Codes(second, "languages"));
        Assert.Equal("PUBLIC", second["visibility"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFileWhoseLastRowIsInvalidAppliesNothingAndNamesThatRowsLine()
    {
        const string File = "externalId,title,format,themes,visibility\n" +
            "LAST-1,Första,GUIDE,HEALTH,PUBLIC\n" +
            "LAST-2,\"Andra, med\nradbrytning\",GUIDE,HEALTH,PUBLIC\n" +
            "LAST-3,Tredje,GUIDE,HEALTH,PUBLIC\n" +
            "LAST-4,Fjärde,BROSCHYR,HEALTH,PUBLIC\n";
        var client = hub.CreateClientAs("JAMY", "publisher");
        var materials = await hub.MaterialCountAsync("JAMY");
        var audit = await hub.AuditCountAsync();

        var report = await client.ImportAsync(File);

        Assert.False(report["applied"]!.GetValue<bool>());
        Assert.Equal([(6, "format", "UNKNOWN_CODE")], Problems(report));
        Assert.Equal([2, 3, 5, 6], report["rows"]!.AsArray().Select(r => r!["line"]!.GetValue<int>()));
        Assert.Equal(materials, await hub.MaterialCountAsync("JAMY"));
        Assert.Equal(audit, await hub.AuditCountAsync());
    }

    [Fact]
    public async Task EveryInvalidRowIsReportedWithLineColumnAndReason()
    {
        const string File = "externalId;titel;format;teman;synlighet;länk\n" +
            "ALL-1;;GUIDE;HEALTH;PUBLIC;\n" +
            "ALL-2;Bra;GUIDE;HEALTH;PUBLIC;https://ok.se\n" +
            "ALL-3;Dålig;GUIDE;HEALTH|Matlagning;överallt;www.utan-schema.se\n" +
            ";Utan id;GUIDE;HEALTH;PUBLIC;\n" +
            "ALL-2;Dubblett;GUIDE;HEALTH;PUBLIC;\n";
        var before = await hub.MaterialCountAsync("SOS");

        var report = await hub.CreateClientAs("SOS", "publisher").ImportAsync(File);

        Assert.Equal(
        [
            (2, "titel", "REQUIRED"),
            (4, "teman", "UNKNOWN_CODE"), (4, "synlighet", "INVALID_VALUE"), (4, "länk", "INVALID_URL"),
            (5, "externalId", "REQUIRED"),
            (6, "externalId", "DUPLICATE"),
        ], Problems(report));
        Assert.Contains("line 3", report["errors"]![5]!["message"]!.GetValue<string>());
        Assert.Equal(before, await hub.MaterialCountAsync("SOS"));
    }

    [Fact]
    public async Task ImportingTheSameFileTwiceChangesNothingTheSecondTime()
    {
        const string File = "externalId,title,format,themes,languages,visibility\r\nTWICE-1,Ett,GUIDE,HEALTH|EQUAL_TREATMENT,sv,PUBLIC\r\nTWICE-2,Två,FILM,HEALTH,sv|en,PARTNERS\r\n";
        var client = hub.CreateClientAs("MIGR", "publisher");
        var first = await client.ImportAsync(File);
        var audit = await hub.AuditCountAsync();

        var second = await client.ImportAsync(File);

        Assert.Equal(2, first["created"]!.GetValue<int>());
        Assert.Equal((0, 0, 2), (second["created"]!.GetValue<int>(), second["updated"]!.GetValue<int>(), second["unchanged"]!.GetValue<int>()));
        Assert.Equal(audit, await hub.AuditCountAsync());
        Assert.Equal(1, (await hub.MaterialAsync("MIGR", "TWICE-1"))["version"]!.GetValue<int>());

        var changed = await client.ImportAsync(File.Replace("Två,FILM", "Två (ny),FILM"));
        Assert.Equal((0, 1, 1), (changed["created"]!.GetValue<int>(), changed["updated"]!.GetValue<int>(), changed["unchanged"]!.GetValue<int>()));
        Assert.Equal(2, (await hub.MaterialAsync("MIGR", "TWICE-2"))["version"]!.GetValue<int>());
        Assert.Equal(audit + 1, await hub.AuditCountAsync());
    }

    [Fact]
    public async Task ADryRunReportsWhatWouldHappenAndWritesNothing()
    {
        var client = hub.CreateClientAs("AF", "publisher");
        await client.ImportAsync("externalId,title,format,visibility\nDRY-1,Finns,GUIDE,PUBLIC\n");
        var materials = await hub.MaterialCountAsync("AF");
        var audit = await hub.AuditCountAsync();

        var report = await client.ImportAsync("externalId,title,format,visibility\nDRY-1,Ändrad,GUIDE,PUBLIC\nDRY-2,Ny,GUIDE,PUBLIC\n", dryRun: true);

        Assert.True(report["dryRun"]!.GetValue<bool>());
        Assert.False(report["applied"]!.GetValue<bool>());
        Assert.Equal((1, 1, 0), (report["created"]!.GetValue<int>(), report["updated"]!.GetValue<int>(), report["unchanged"]!.GetValue<int>()));
        Assert.Equal(materials, await hub.MaterialCountAsync("AF"));
        Assert.Equal(audit, await hub.AuditCountAsync());
        Assert.Equal("Finns", (await hub.MaterialAsync("AF", "DRY-1"))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task JsonIsImportedWithListsAsArraysAndProblemsAtTheLineOfTheirObject()
    {
        const string Json = """
            [
              { "externalId": "JSON-1", "title": "Från JSON", "format": "Film", "themes": ["HEALTH", "Jämställdhet och jämställdhetsintegrering"],
                "visibility": "PUBLIC", "durationMinutes": 15 },
              {
                "externalId": "JSON-2", "title": "Fel", "format": "GUIDE", "visibility": "PUBLIC", "durationMinutes": "en kvart"
              }
            ]
            """;
        var client = hub.CreateClientAs("SOS", "publisher");

        var invalid = await client.ImportAsync(Json, format: "JSON");
        var valid = await client.ImportAsync(Json.Replace("\"en kvart\"", "15"), format: "JSON");

        Assert.Equal([(4, "durationMinutes", "INVALID_VALUE")], Problems(invalid));
        Assert.Equal(2, valid["created"]!.GetValue<int>());
        var material = await hub.MaterialAsync("SOS", "JSON-1");
        Assert.Equal(["GENDER_EQUALITY", "HEALTH"], Codes(material, "themes"));
    }

    [Fact]
    public async Task AnUnknownColumnStopsTheImport()
    {
        var report = await hub.CreateClientAs("AF", "publisher").ImportAsync("externalId,title,format,visibility,färg\nCOL-1,T,GUIDE,PUBLIC,blå\n");

        Assert.Equal([(1, "färg", "UNKNOWN_COLUMN")], Problems(report));
        Assert.False(report["applied"]!.GetValue<bool>());
    }

    [Fact]
    public async Task InterventionsAreImportedWithSwedishLabelsForKindStatusCountiesAndPartners()
    {
        const string File = "Externt id;Typ;Titel;Status;Startdatum;Slutdatum;Län;Samverkanspartner;Synlighet;Målgrupper\n" +
            "INS-IMP-1;Stöd;Träffar;pågående;2025-01-01;2025-06-30;Skåne län|01;Malmö stad|fk;Partner;Anhöriginvandrare\n" +
            "INS-IMP-2;Åtgärd;Fel datum;Planerad;2025-06-30;2025-01-01;;;Offentlig;\n";
        var client = hub.CreateClientAs("AF", "publisher");

        var report = await client.ImportAsync(File, kind: "INTERVENTIONS");
        Assert.Equal([(3, "Slutdatum", "DATES_OUT_OF_ORDER")], Problems(report));
        var fixedReport = await client.ImportAsync(File.Replace("2025-06-30;2025-01-01", "2025-01-01;2025-06-30"), kind: "INTERVENTIONS");
        Assert.Equal(2, fixedReport["created"]!.GetValue<int>());

        var response = await client.PostGraphQLAsync("""
            { interventions(first: 100, filter: { owners: ["AF"], text: "Träffar" }) { nodes { title kind { code } status counties { nodes { code } } partners { nodes { code } } visibility targetGroups { nodes { code } } } } }
            """);
        var item = response.EnsureNoErrors().Data["interventions"]!["nodes"]!.AsArray().Single(n => n!["title"]!.GetValue<string>() == "Träffar")!;
        Assert.Equal("SUPPORT", item["kind"]!["code"]!.GetValue<string>());
        Assert.Equal("ONGOING", item["status"]!.GetValue<string>());
        Assert.Equal(["01", "12"], Codes(item, "counties"));
        Assert.Equal(["FK", "MALMO"], item["partners"]!["nodes"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()));
        Assert.Equal("PARTNERS", item["visibility"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFileLargerThanOneWriteStepIsAppliedWhole()
    {
        var rows = Enumerable.Range(0, InventoryImport.StepSize + 100).Select(i => $"STEP-{i:D4},Titel {i},GUIDE,PUBLIC");
        var file = "externalId,title,format,visibility\n" + string.Join("\n", rows) + "\n";
        var client = hub.CreateClientAs("LST-AB", "publisher");

        var created = await client.ImportAsync(file);
        var updated = await client.ImportAsync(file.Replace(",GUIDE,", ",FILM,"));

        Assert.Equal(InventoryImport.StepSize + 100, created["created"]!.GetValue<int>());
        Assert.Equal(InventoryImport.StepSize + 100, updated["updated"]!.GetValue<int>());
        var saved = await hub.QueryAsync(db => db.Materials.Where(m => m.ExternalId!.StartsWith("STEP-")).Select(m => new { m.Version, m.FormatCode }).ToListAsync());
        Assert.Equal(InventoryImport.StepSize + 100, saved.Count);
        Assert.All(saved, m => Assert.Equal((2, "FILM"), (m.Version, m.FormatCode)));
    }

    [Fact]
    public async Task ImportingNeedsThePublisherRole()
    {
        var response = await hub.CreateClientAs("AF", "reader").PostGraphQLAsync(
            "mutation { importInventory(input: { kind: MATERIALS, format: CSV, content: \"externalId\" }) { applied } }");
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }
}
