using Hub.Errors;

namespace Hub.Vocabularies;

public static class CodeCheck
{
    /// <summary>Rejects, all at once, every code that is not in its vocabulary, naming the input field of each.</summary>
    public static void EnsureKnown(VocabularyCache.Snapshot vocabulary, string inputName,
        IEnumerable<(string Field, string Scheme, IReadOnlyList<string>? Codes)> fields)
    {
        var unknown = fields
            .SelectMany(f => (f.Codes ?? []).Where(code => !vocabulary.Contains(f.Scheme, code))
                .Select(code => (Field: $"{inputName}.{f.Field}", Code: code, f.Scheme)))
            .ToList();
        if (unknown.Count == 0) return;
        var first = unknown[0];
        throw new HubException(ErrorCodes.BadUserInput,
            string.Join(" ", unknown.Select(u => $"`{u.Code}` is not a code of {u.Scheme} ({u.Field}).")) + " See vocabulary(scheme:) for the codes.",
            new Dictionary<string, object?>
            {
                ["field"] = first.Field,
                ["invalid"] = unknown.Select(u => new Dictionary<string, object?> { ["field"] = u.Field, ["code"] = u.Code, ["scheme"] = u.Scheme }).ToList(),
            });
    }
}
