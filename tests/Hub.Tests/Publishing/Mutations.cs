using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Publishing;

/// <summary>The publishing mutations as tests call them: one input, the payload back.</summary>
internal static class Mutations
{
    private const string Errors = "errors { code message path currentVersion }";
    private const string Material = "material { id externalId title description webUrl durationMinutes visibility version retiredAt themes { nodes { code } } languages { nodes { code } } }";
    private const string Intervention = "intervention { id externalId title status startDate endDate version retiredAt counties { nodes { code } } partners { nodes { code } } }";

    private static readonly Dictionary<string, (string Input, string Selection)> Shapes = new()
    {
        ["createMaterial"] = ("CreateMaterialInput", Material),
        ["updateMaterial"] = ("UpdateMaterialInput", Material),
        ["retireMaterial"] = ("RetireMaterialInput", Material),
        ["createIntervention"] = ("CreateInterventionInput", Intervention),
        ["updateIntervention"] = ("UpdateInterventionInput", Intervention),
        ["retireIntervention"] = ("RetireInterventionInput", Intervention),
        ["createOrganisation"] = ("CreateOrganisationInput", "organisation { id code name version }"),
        ["updateOrganisation"] = ("UpdateOrganisationInput", "organisation { id code name version }"),
        ["createVocabularyEntry"] = ("CreateVocabularyEntryInput", "vocabularyEntry { id code labelSv }"),
        ["updateVocabularyEntry"] = ("UpdateVocabularyEntryInput", "vocabularyEntry { id code labelSv }"),
    };

    /// <summary>Sends the mutation and returns the whole response (for tests about GraphQL errors).</summary>
    public static Task<GraphQLResponse> SendAsync(this HttpClient client, string mutation, object input)
    {
        var (type, selection) = Shapes[mutation];
        return client.PostGraphQLAsync($"mutation($input: {type}!) {{ {mutation}(input: $input) {{ {selection} {Errors} }} }}", new { input });
    }

    /// <summary>Sends the mutation and returns its payload; fails on GraphQL errors (user errors are in the payload).</summary>
    public static async Task<JsonNode> MutateAsync(this HttpClient client, string mutation, object input) =>
        (await client.SendAsync(mutation, input)).EnsureNoErrors().Data[mutation]!;

    /// <summary>Sends the mutation and returns the saved item; fails when the payload has user errors.</summary>
    public static async Task<JsonNode> SaveAsync(this HttpClient client, string mutation, object input)
    {
        var payload = await client.MutateAsync(mutation, input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"Expected no user errors, got {payload["errors"]!.ToJsonString()}");
        return payload.AsObject().First(p => p.Key != "errors").Value!;
    }

    public static JsonArray ErrorsOf(JsonNode payload) => payload["errors"]!.AsArray();

    /// <summary>A valid material input; entries given replace or add fields (null sends an explicit null).</summary>
    public static Dictionary<string, object?> NewMaterial(string externalId, params (string Field, object? Value)[] changes)
    {
        var input = new Dictionary<string, object?>
        {
            ["externalId"] = externalId, ["title"] = $"Material {externalId}", ["format"] = "GUIDE",
            ["themes"] = new[] { "EQUAL_TREATMENT" }, ["languages"] = new[] { "sv" }, ["visibility"] = "PUBLIC",
        };
        foreach (var (field, value) in changes) input[field] = value;
        return input;
    }

    public static Dictionary<string, object?> NewIntervention(string externalId, params (string Field, object? Value)[] changes)
    {
        var input = new Dictionary<string, object?>
        {
            ["externalId"] = externalId, ["kind"] = "SUPPORT", ["title"] = $"Intervention {externalId}", ["status"] = "ONGOING",
            ["startDate"] = "2025-01-01", ["endDate"] = "2025-12-31", ["visibility"] = "PUBLIC",
        };
        foreach (var (field, value) in changes) input[field] = value;
        return input;
    }

    public static Dictionary<string, object?> Change(string id, int expectedVersion, params (string Field, object? Value)[] changes)
    {
        var input = new Dictionary<string, object?> { ["id"] = id, ["expectedVersion"] = expectedVersion };
        foreach (var (field, value) in changes) input[field] = value;
        return input;
    }

    /// <summary>How many materials an organisation has, retired ones included, as a reader of that organisation sees them.</summary>
    public static async Task<int> MaterialCountAsync(this HubFactory hub, string owner) =>
        (await hub.CreateClientAs(owner, "reader").PostGraphQLAsync(
            "query($o: [String!]) { materials(filter: { owners: $o, includeRetired: true }) { totalCount } }", new { o = new[] { owner } }))
        .EnsureNoErrors().Data["materials"]!["totalCount"]!.GetValue<int>();

    public static async Task<int> InterventionCountAsync(this HubFactory hub, string owner) =>
        (await hub.CreateClientAs(owner, "reader").PostGraphQLAsync(
            "query($o: [String!]) { interventions(filter: { owners: $o, includeRetired: true }) { totalCount } }", new { o = new[] { owner } }))
        .EnsureNoErrors().Data["interventions"]!["totalCount"]!.GetValue<int>();
}

/// <summary>A Hub for one test class that writes: each test creates its own items, so tests do not depend on each other.</summary>
public sealed class PublishingHub : HubFactory;
