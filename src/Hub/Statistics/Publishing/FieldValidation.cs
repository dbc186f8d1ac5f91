using Hub.Access;
using Hub.Publishing;
using Hub.Statistics.Disclosure;
using Hub.Vocabularies;

namespace Hub.Statistics.Publishing;

/// <summary>A dataset's description once checked: codes resolved, defaults filled in, SEX the first dimension.</summary>
public sealed record DatasetValues(string? ExternalId, string Title, string? Description, string Indicator, string Unit,
    string ReferencePeriod, IReadOnlyList<string> Dimensions, string? MethodNote, Visibility Visibility, int Threshold);

/// <summary>Checks a dataset's description (everything but the cells).</summary>
internal static class FieldValidation
{
    public const string DefaultUnit = "personer";
    public const int MaximumThreshold = 100;

    /// <param name="dimensions">The dimensions, when they are valid, so that the cells can be checked even if another field is not.</param>
    public static DatasetValues? Check(TableSubmission submission, VocabularyCache.Snapshot vocabulary, List<TableProblem> problems,
        out IReadOnlyList<string>? dimensions)
    {
        var fields = submission.Fields;
        var places = submission.Places;
        var before = problems.Count;
        void Problem(string field, string code, string message) => problems.Add(places.Field(field, code, message));

        string? Text(string field, string? value, int maxLength, bool required)
        {
            var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (text is null)
            {
                if (required) Problem(field, UserErrorCodes.Required, $"{field} is required.");
                return null;
            }
            if (text.Length > maxLength) Problem(field, UserErrorCodes.TooLong, $"{field} is {text.Length} characters long; at most {maxLength} are allowed.");
            else if (PersonalData.ContainsIdentityNumber(text))
                Problem(field, UserErrorCodes.InvalidValue, $"{field} contains something shaped like a personal identity number (personnummer); describe the table, not a person.");
            return text;
        }

        var externalId = Text("externalId", fields.ExternalId, 100, required: false);
        var title = Text("title", fields.Title, 300, required: true);
        var description = Text("description", fields.Description, 4000, required: false);
        var unit = Text("unit", fields.Unit, 50, required: false) ?? DefaultUnit;
        var methodNote = Text("methodNote", fields.MethodNote, 4000, required: false);

        string? indicator = null;
        if (Text("indicator", fields.Indicator, 100, required: true) is { } indicatorText)
        {
            indicator = Match(vocabulary, Schemes.Indicator, indicatorText, submission.AcceptsLabels);
            if (indicator is null)
                Problem("indicator", UserErrorCodes.UnknownCode, $"{Quote(indicatorText)} is not a code of {Schemes.Indicator}; see vocabulary(scheme: {Schemes.Indicator}).");
        }

        var referencePeriod = Text("referencePeriod", fields.ReferencePeriod, 20, required: true);
        if (referencePeriod is not null && !PeriodCodes.IsReferencePeriod(referencePeriod))
            Problem("referencePeriod", UserErrorCodes.InvalidValue, $"referencePeriod must be {PeriodCodes.Form}, or a span of years such as 2022-2024.");

        if (fields.Visibility is null) Problem("visibility", UserErrorCodes.Required, "visibility is required: PUBLIC, PARTNERS, AGENCIES or OWNER.");

        var threshold = fields.Threshold ?? DisclosureControl.DefaultThreshold;
        if (threshold < DisclosureControl.MinimumThreshold || threshold > MaximumThreshold)
            Problem("threshold", UserErrorCodes.InvalidValue,
                $"threshold must be between {DisclosureControl.MinimumThreshold} and {MaximumThreshold} (default {DisclosureControl.DefaultThreshold}); below {DisclosureControl.MinimumThreshold} a published 1 or 2 could single out a person.");

        var codes = Dimensions(fields.Dimensions, vocabulary, submission.AcceptsLabels, Problem);
        dimensions = codes;
        if (problems.Count > before || title is null || indicator is null || referencePeriod is null || codes is null) return null;
        return new DatasetValues(externalId, title, description, indicator, unit, referencePeriod, codes, methodNote,
            fields.Visibility!.Value, threshold);
    }

    private static List<string>? Dimensions(IReadOnlyList<string>? given, VocabularyCache.Snapshot vocabulary, bool acceptsLabels,
        Action<string, string, string> problem)
    {
        if (given is not { Count: > 0 })
        {
            problem("dimensions", UserErrorCodes.Required, "dimensions is required: SEX and any other STATISTICS_DIMENSION codes.");
            return null;
        }
        var codes = new List<string>();
        var valid = true;
        foreach (var text in given.Select(d => d.Trim()))
        {
            var code = Match(vocabulary, Schemes.StatisticsDimension, text, acceptsLabels);
            if (code is null || CellColumns.For(code) is null)
            {
                valid = false;
                problem("dimensions", UserErrorCodes.UnknownCode, PersonalData.DescribeColumn(text) is { } personal
                    ? $"{Quote(text)} is not a dimension and suggests {personal}: the Hub publishes only aggregated tables, never data about individuals."
                    : $"{Quote(text)} is not a code of {Schemes.StatisticsDimension}; see vocabulary(scheme: {Schemes.StatisticsDimension}).");
            }
            else if (codes.Contains(code))
            {
                valid = false;
                problem("dimensions", UserErrorCodes.Duplicate, $"The dimension {code} is listed twice.");
            }
            else codes.Add(code);
        }
        if (valid && !codes.Contains("SEX"))
        {
            problem("dimensions", UserErrorCodes.Required, "Every follow-up table is broken down by SEX (kön); add it to the dimensions.");
            return null;
        }
        // SEX leads, as on every dataset; the others keep the order given.
        return valid ? ["SEX", .. codes.Where(c => c != "SEX")] : null;
    }

    public static string? Match(VocabularyCache.Snapshot vocabulary, string scheme, string text, bool acceptsLabels) =>
        acceptsLabels ? vocabulary.Match(scheme, text)?.Code : vocabulary.Contains(scheme, text) ? text : null;

    /// <summary>Quotes a value back only when it is code-shaped; anything else might be personal data.</summary>
    public static string Quote(string text) => PersonalData.CodeLike(text) ? $"`{text}`" : "The value";
}
