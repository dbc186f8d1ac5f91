using System.Text.Json;
using Hub.Data;

namespace Hub.Bench.Inventory;

/// <summary>
/// The demo vocabularies, organisations and texts, read from the resources embedded in Hub.dll (the same files as
/// src/Hub/Data/Demo), so generated items carry the codes, names and Swedish prose the Hub really serves.
/// </summary>
public static class DemoSources
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Dictionary<string, List<DemoVocabularyEntry>> Vocabularies() => Read<Dictionary<string, List<DemoVocabularyEntry>>>("vocabularies.json");

    public static List<DemoOrganisation> Organisations() => Read<List<DemoOrganisation>>("organisations.json");

    public static List<TextTemplate> MaterialTexts() => Read<List<TextTemplate>>("materials.json");

    public static List<TextTemplate> InterventionTexts() => Read<List<TextTemplate>>("interventions.json");

    private static T Read<T>(string file)
    {
        using var stream = typeof(HubDbContext).Assembly.GetManifestResourceStream($"Hub.Data.Demo.{file}")
            ?? throw new InvalidOperationException($"Hub.dll embeds no demo file {file}.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"{file} is empty.");
    }
}

public sealed record DemoVocabularyEntry(string Code, string Sv, string En, string? Description);

public sealed record DemoOrganisation(string Code, string Name, string? NameEn, string Kind, bool IsPlanAgency, string? WebUrl);

/// <summary>The prose of one demo item, reused with variations for thousands of generated ones.</summary>
public sealed record TextTemplate(string Title, string? Summary, string? Description, string? Platform);
