using System.Text;
using System.Text.Json;
using Hub.Bench.Operations;

namespace Hub.Bench.Runner;

/// <summary>
/// Whether the served schema has the statistics `compare` query yet (issue 6). The bench measures only what exists:
/// without the field the operation is reported as not measured.
/// </summary>
public static class CompareProbe
{
    public static async Task<string?> FindAsync(HttpClient hub)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query = Queries.FindCompare }), Encoding.UTF8, "application/json");
        using var response = await hub.PostAsync("/graphql", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("data");
        foreach (var (type, property) in new[] { ("Query", "query"), ("StatisticsDataset", "dataset") })
        {
            if (data.GetProperty(property).ValueKind != JsonValueKind.Object) continue;
            foreach (var field in data.GetProperty(property).GetProperty("fields").EnumerateArray())
                if (field.GetProperty("name").GetString() == "compare")
                    return $"{type}.compare";
        }
        return null;
    }
}
