using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Publishing;

/// <summary>The importInventory mutation as tests call it.</summary>
internal static class Imports
{
    private const string Mutation = """
        mutation($input: ImportInventoryInput!) { importInventory(input: $input) {
          kind organisation dryRun applied created updated unchanged
          rows { line externalId outcome itemId }
          errors { line column code message } } }
        """;

    public static async Task<JsonNode> ImportAsync(this HttpClient client, string content, string kind = "MATERIALS", string format = "CSV", bool dryRun = false) =>
        (await client.PostGraphQLAsync(Mutation, new { input = new { kind, format, content, dryRun } })).EnsureNoErrors().Data["importInventory"]!;

    public static IEnumerable<(int Line, string? Column, string Code)> Problems(JsonNode report) =>
        report["errors"]!.AsArray().Select(e => (e!["line"]!.GetValue<int>(), e["column"]?.GetValue<string>(), e["code"]!.GetValue<string>()));

    public static async Task<JsonNode> MaterialAsync(this HubFactory hub, string owner, string externalId)
    {
        var response = await hub.CreateClientAs(owner, "reader").PostGraphQLAsync("""
            query($o: [String!]) { materials(first: 100, filter: { owners: $o, includeRetired: true }) { nodes {
              externalId title description format { code } themes { nodes { code } } audiences { nodes { code } } languages { nodes { code } } developmentAreas { nodes { code } }
              webUrl visibility durationMinutes lastReviewed version contact { name email phone } } } }
            """, new { o = new[] { owner } });
        return response.EnsureNoErrors().Data["materials"]!["nodes"]!.AsArray().Single(m => m!["externalId"]!.GetValue<string>() == externalId)!;
    }

    public static async Task<int> AuditCountAsync(this HubFactory hub) =>
        await hub.QueryAsync(db => Task.FromResult(db.AuditEntries.Count()));

    public static string[] Codes(JsonNode item, string field) => [.. item[field]!["nodes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).Order()];
}
