using System.Text;

namespace Hub.Search;

/// <summary>
/// Turns what a person types into an FTS5 query: every word must occur, each as a prefix so Swedish
/// inflections match ("bemötande" finds "bemötandet"); FTS5 operators and quotes in the input are inert.
/// </summary>
public static class SearchText
{
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    /// <summary>Longest search text read: twelve words fit many times over, and anything longer is work for nothing.</summary>
    public const int MaxLength = 500;

    public static string? ToFtsQuery(string? text, string argument = "query")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Length > MaxLength)
            throw new Errors.HubException(Errors.ErrorCodes.BadUserInput, $"Search text is at most {MaxLength} characters; {argument} has {text.Length}.",
                new Dictionary<string, object?> { ["field"] = argument, ["limit"] = MaxLength, ["actual"] = text.Length });
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch)) word.Append(ch);
            else Flush();
        }
        Flush();
        return words.Count == 0 ? null : string.Join(' ', words.Take(12).Select(w => $"\"{w}\"*"));

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>Splits a marked snippet into its plain text and the ranges that matched.</summary>
    public static (string Text, IReadOnlyList<(int Start, int Length)> Highlights) Unmark(string snippet)
    {
        var text = new StringBuilder(snippet.Length);
        var highlights = new List<(int, int)>();
        var start = -1;
        foreach (var ch in snippet)
        {
            if (ch == MarkStart) start = text.Length;
            else if (ch == MarkEnd && start >= 0)
            {
                highlights.Add((start, text.Length - start));
                start = -1;
            }
            else text.Append(ch);
        }
        return (text.ToString(), highlights);
    }
}
