using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Publishing;

namespace Hub.Import;

/// <summary>
/// Reads a JSON array of objects, one per item, keys as in the CSV header; a list may be a JSON array or text with
/// "|". A key left out of an object leaves that field as it is. Each row's line is where its object starts.
/// </summary>
public static class JsonFile
{
    public static ImportFile Read(string content)
    {
        if (content.StartsWith('\uFEFF')) content = content[1..];
        JsonArray? items;
        try
        {
            items = JsonNode.Parse(content, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }) switch
            {
                JsonArray array => array,
                JsonObject wrapper when wrapper.Count == 1 && wrapper.First().Value is JsonArray array => array,
                _ => null,
            };
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            return Failed(line, $"The file is not valid JSON: {e.Message.Split('.')[0]}.");
        }
        if (items is null) return Failed(1, "The file must hold a JSON array of objects, one per item.");

        var lines = ObjectLines(content);
        var columns = new List<string>();
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        for (var i = 0; i < items.Count; i++)
        {
            var line = i < lines.Count ? lines[i] : 1;
            if (items[i] is not JsonObject item)
            {
                problems.Add(new ImportProblem(line, null, UserErrorCodes.Unreadable, $"Item {i + 1} is not a JSON object."));
                continue;
            }
            var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
            foreach (var (key, value) in item)
            {
                if (!columns.Contains(key)) columns.Add(key);
                if (ToCell(value) is { } cell) cells[key] = cell;
                else problems.Add(new ImportProblem(line, key, UserErrorCodes.InvalidValue, $"{key} must be text, a number, true/false, a list or null."));
            }
            rows.Add(new ImportRow(line, cells));
        }
        return new ImportFile(columns, rows, problems);
    }

    private static Cell? ToCell(JsonNode? value) => value switch
    {
        null => new Cell(null, null),
        JsonArray array when array.All(v => v is JsonValue) => new Cell(null, array.Select(v => Scalar(v!)).ToList()),
        JsonValue scalar => new Cell(Scalar(scalar), null),
        _ => null,
    };

    private static string Scalar(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };

    /// <summary>The line on which each element of the top-level array starts.</summary>
    private static List<int> ObjectLines(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var starts = new List<int>();
        var arrayDepth = -1;
        while (reader.Read())
        {
            if (arrayDepth < 0 && reader.TokenType == JsonTokenType.StartArray) arrayDepth = reader.CurrentDepth;
            else if (arrayDepth >= 0 && reader.CurrentDepth == arrayDepth + 1
                && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.String or JsonTokenType.Number
                    or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
            {
                starts.Add(1 + bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n'));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
        }
        return starts;
    }

    private static ImportFile Failed(int line, string message) =>
        new([], [], [new ImportProblem(line, null, UserErrorCodes.Unreadable, message)]);
}
