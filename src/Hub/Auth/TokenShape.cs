using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace Hub.Auth;

/// <summary>
/// What the Hub refuses in a token's JSON whoever signed it: what JSON readers resolve differently (a member
/// named twice, of which the token library keeps the last; a claim the Hub reads spelled in another case, since
/// claim lookups ignore case), an <c>org</c> or <c>roles</c> of the wrong type, and any <c>crit</c> header, because
/// the Hub understands no JWS extension (RFC 7515 §4.1.11). Runs before the signature check: each part is decoded
/// once into a pooled buffer and read forward only.
/// </summary>
public static class TokenShape
{
    private const string NotWellFormed = "The token is not a well-formed JWT.";
    private const int LongestNameShown = 64;

    // The claims the Hub looks up by name, in the one spelling it accepts.
    private static readonly string[] ClaimsRead = ["iss", "aud", "exp", "nbf", "iat", "sub", TokenClaims.Organisation, TokenClaims.Roles];

    /// <summary>Why the token's shape is refused, or null when the Hub can read it one way only.</summary>
    public static string? Problem(string token)
    {
        var parts = token.AsSpan();
        var headerEnd = parts.IndexOf('.');
        if (headerEnd < 0) return NotWellFormed;
        var payloadLength = parts[(headerEnd + 1)..].IndexOf('.');
        // Three parts only: an encrypted token (JWE) has five, and the Hub accepts signed tokens alone.
        if (payloadLength < 0 || parts[(headerEnd + 1 + payloadLength + 1)..].Contains('.')) return NotWellFormed;
        return Read(parts[..headerEnd], isHeader: true) ?? Read(parts.Slice(headerEnd + 1, payloadLength), isHeader: false);
    }

    private static string? Read(ReadOnlySpan<char> part, bool isHeader)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(part.Length));
        try
        {
            if (Base64Url.DecodeFromChars(part, buffer, out _, out var length) != OperationStatus.Done) return NotWellFormed;
            return Members(new Utf8JsonReader(buffer.AsSpan(0, length)), isHeader);
        }
        catch (JsonException)
        {
            return NotWellFormed;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Members(Utf8JsonReader json, bool isHeader)
    {
        var part = isHeader ? "header" : "payload";
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject) return NotWellFormed;
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.GetString()!; // unescaped, so "o\u0072g" is 'org' as every reader sees it
            if (!names.Add(name)) return $"The token's {part} names {Shown(name)} more than once; each member may appear only once.";
            json.Read();
            var problem = isHeader ? HeaderMember(name) : PayloadMember(name, ref json);
            if (problem is not null) return problem;
            json.Skip();
        }
        return json.TokenType == JsonTokenType.EndObject && !json.Read() ? null : NotWellFormed;
    }

    private static string? HeaderMember(string name) => name == "crit"
        ? "The token's header has a 'crit' parameter, which demands JWS extensions; the Hub understands none and refuses the token."
        : null;

    private static string? PayloadMember(string name, ref Utf8JsonReader value)
    {
        if (name == TokenClaims.Organisation)
            return value.TokenType == JsonTokenType.String ? null
                : $"The token's '{TokenClaims.Organisation}' claim must be one organisation code as a string; it is {Kind(value.TokenType)}.";
        if (name == TokenClaims.Roles) return RolesProblem(ref value);
        if (Array.Find(ClaimsRead, claim => string.Equals(claim, name, StringComparison.OrdinalIgnoreCase)) is { } claim && claim != name)
            return $"The token's payload names {Shown(name)}, which differs from the claim '{claim}' only in case; send each claim under its exact name.";
        return null;
    }

    private static string? RolesProblem(ref Utf8JsonReader value)
    {
        const string Expected = $"The token's '{TokenClaims.Roles}' claim must be a string or an array of strings";
        if (value.TokenType == JsonTokenType.String) return null;
        if (value.TokenType != JsonTokenType.StartArray) return $"{Expected}; it is {Kind(value.TokenType)}.";
        while (value.Read() && value.TokenType != JsonTokenType.EndArray)
            if (value.TokenType != JsonTokenType.String) return $"{Expected}; it holds {Kind(value.TokenType)}.";
        return null;
    }

    private static string Kind(JsonTokenType type) => type switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a string",
    };

    /// <summary>A member name as a message quotes it; a token can be kilobytes long, the message need not be.</summary>
    private static string Shown(string name) => name.Length <= LongestNameShown ? $"'{name}'" : $"'{name[..LongestNameShown]}...'";
}
