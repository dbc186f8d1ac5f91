using System.Text.Json;

namespace Hub.Bench.Operations;

/// <summary>Compares two JSON documents by value (property order ignored) and names the first difference.</summary>
public static class JsonComparison
{
    /// <summary>Compares the responses' data; top-level `extensions` (the Hub's cost report) is the Hub's own and skipped.</summary>
    public static string? FirstDifference(string graphQL, string baseline)
    {
        using var a = JsonDocument.Parse(graphQL);
        using var b = JsonDocument.Parse(baseline);
        foreach (var property in a.RootElement.EnumerateObject())
            if (property.Name != "extensions" && !b.RootElement.TryGetProperty(property.Name, out _))
                return $"$.{property.Name}: only in the GraphQL response ({Short(property.Value.GetRawText())})";
        return a.RootElement.TryGetProperty("data", out var data) && b.RootElement.TryGetProperty("data", out var expected)
            ? Compare(data, expected, "$.data")
            : "$.data: missing";
    }

    private static string? Compare(JsonElement a, JsonElement b, string path)
    {
        if (a.ValueKind != b.ValueKind) return $"{path}: {a.ValueKind} vs {b.ValueKind}";
        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                var left = a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                var right = b.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                foreach (var name in left.Keys.Union(right.Keys))
                {
                    if (!left.TryGetValue(name, out var l)) return $"{path}.{name}: missing on the left";
                    if (!right.TryGetValue(name, out var r)) return $"{path}.{name}: missing on the right";
                    if (Compare(l, r, $"{path}.{name}") is { } difference) return difference;
                }
                return null;
            case JsonValueKind.Array:
                var (x, y) = (a.EnumerateArray().ToList(), b.EnumerateArray().ToList());
                if (x.Count != y.Count) return $"{path}: {x.Count} vs {y.Count} items";
                for (var i = 0; i < x.Count; i++)
                    if (Compare(x[i], y[i], $"{path}[{i}]") is { } difference) return difference;
                return null;
            case JsonValueKind.Number:
                return a.GetDouble().Equals(b.GetDouble()) ? null : $"{path}: {a.GetRawText()} vs {b.GetRawText()}";
            case JsonValueKind.String:
                return a.GetString() == b.GetString() ? null : $"{path}: {Short(a.GetRawText())} vs {Short(b.GetRawText())}";
            default:
                return a.GetRawText() == b.GetRawText() ? null : $"{path}: {Short(a.GetRawText())} vs {Short(b.GetRawText())}";
        }
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
