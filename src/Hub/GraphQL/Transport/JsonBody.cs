using System.Text.Json;

namespace Hub.GraphQL.Transport;

/// <summary>
/// Reads a request body whole, within its limit, and looks it over before it is deserialized: a JSON number of
/// thousands of digits is valid JSON, but turning it into a value costs time quadratic in its length (the
/// serializer falls back to big integers), every variable sent becomes an object whether the operation declares it
/// or not, and every list item is built before any limit can count it; so such bodies are refused after one linear
/// scan that builds nothing.
/// </summary>
public static class JsonBody
{
    /// <summary>Longest number token read: enough for any long, decimal or double written out in full.</summary>
    public const int MaxNumberLength = 64;

    /// <summary>The body's bytes; null when it holds more than <paramref name="limit"/> bytes.</summary>
    /// <param name="length">The Content-Length, when the client sent one (already checked against the limit).</param>
    public static async Task<byte[]?> ReadAsync(Stream body, long? length, long limit, CancellationToken cancellationToken)
    {
        if (length is { } known && known <= limit)
        {
            // Read straight into an array of the announced size: no growing buffer and no copy.
            var exact = new byte[known];
            try
            {
                await body.ReadExactlyAsync(exact, cancellationToken);
            }
            catch (EndOfStreamException)
            {
                throw new JsonException($"The body ended before the {known} bytes its Content-Length announced.");
            }
            // More than announced: Kestrel refuses that itself, but the array must not silently drop the rest.
            return await body.ReadAsync(new byte[1], cancellationToken) == 0 ? exact : null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The longest list the Hub takes anywhere (a statistics table's cells); longer lists are never read.</summary>
    public const int MaxListItems = Statistics.Publishing.CellValidation.MaximumTableCells;

    /// <summary>What one scan of a body found: the offset of the first overlong number or list, and how many variables it sends.</summary>
    public readonly record struct Findings(long? OversizedNumberAt, long? OversizedListAt, int Variables, long QueryBytes = 0);

    /// <summary>Scans the body once, without building anything.</summary>
    /// <exception cref="JsonException">The body is not well-formed JSON (or nests deeper than 64 levels).</exception>
    public static Findings Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var inVariables = false;
        var inQuery = false;
        var variables = 0;
        long queryBytes = 0;
        // Items counted so far in each open array (-1 for an open object), innermost last; depth is bounded at 64.
        Span<int> items = stackalloc int[66];
        Span<long> starts = stackalloc long[66];
        var open = 0;
        while (reader.Read())
        {
            var token = reader.TokenType;
            if (token is not (JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.PropertyName) && open > 0 && items[open - 1] >= 0
                && ++items[open - 1] > MaxListItems)
                return new Findings(null, starts[open - 1], variables, queryBytes);
            switch (token)
            {
                case JsonTokenType.Number when reader.ValueSpan.Length > MaxNumberLength:
                    return new Findings(reader.TokenStartIndex, null, variables, queryBytes);
                case JsonTokenType.StartArray or JsonTokenType.StartObject:
                    items[open] = token == JsonTokenType.StartArray ? 0 : -1;
                    starts[open++] = reader.TokenStartIndex;
                    break;
                case JsonTokenType.EndArray or JsonTokenType.EndObject:
                    open--;
                    break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    inVariables = reader.ValueTextEquals("variables"u8);
                    inQuery = reader.ValueTextEquals("query"u8);
                    break;
                case JsonTokenType.String when reader.CurrentDepth == 1 && inQuery:
                    queryBytes = reader.ValueSpan.Length;
                    break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == 2 && inVariables:
                    variables++;
                    break;
            }
        }
        return new Findings(null, null, variables, queryBytes);
    }
}
