using System.Buffers.Text;
using System.Text;

namespace Hub.GraphQL;

/// <summary>
/// Opaque global ids ("Intervention:42" in base64url): stable across restarts and versions, distinct across
/// types. Anything that does not decode to a type name and a positive id is simply no id; which type names name
/// items, and of which kind, is <see cref="Kinds.KindRegistry"/>'s to say.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    public static bool TryDecode(string? globalId, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200) return false;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
            var colon = text.IndexOf(':');
            if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, null, out id) || id <= 0)
                return false;
            typeName = text[..colon];
            return Encode(typeName, id) == globalId;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
