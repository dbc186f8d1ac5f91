namespace Hub.Errors;

/// <summary>
/// A failure the caller can act on. The code becomes <c>extensions.code</c> in GraphQL errors; details become
/// further extensions (for example the limit and the actual value).
/// </summary>
public sealed class HubException(string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}
