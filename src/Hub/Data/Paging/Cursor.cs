using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Hub.Errors;

namespace Hub.Data.Paging;

/// <summary>
/// A position in an ordering: the ordering's name, the sort key and the row id. Opaque to clients (base64url of a
/// small JSON array) and independent of row offsets, so it stays valid when rows are added.
/// </summary>
public sealed record Cursor(string Ordering, JsonElement Key, int Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new object[] { Ordering, Key, Id })));

    public static Cursor Create<TKey>(string ordering, TKey key, int id) =>
        new(ordering, JsonSerializer.SerializeToElement(key), id);

    /// <summary>The cursor in <paramref name="text"/>, or INVALID_CURSOR naming the <paramref name="argument"/> it came in.</summary>
    public static Cursor Decode(string text, string expectedOrdering, string argument)
    {
        try
        {
            var json = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(text));
            if (json is { Length: 3 } && json[0].ValueKind == JsonValueKind.String && json[2].ValueKind == JsonValueKind.Number
                && json[2].TryGetInt32(out var id))
            {
                var cursor = new Cursor(json[0].GetString()!, json[1], id);
                if (cursor.Ordering == expectedOrdering) return cursor;
                throw Invalid($"The cursor belongs to the ordering {cursor.Ordering}, not {expectedOrdering}; start again without a cursor.", argument);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or InvalidOperationException)
        {
        }
        throw Invalid(argument);
    }

    public static HubException Invalid(string argument) => Invalid("The cursor is not one this list handed out.", argument);

    private static HubException Invalid(string message, string argument) =>
        new(ErrorCodes.InvalidCursor, message, new Dictionary<string, object?> { ["argument"] = argument });
}
