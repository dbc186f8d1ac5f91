using Hub.Publishing;
using Hub.Vocabularies;

namespace Hub.Statistics.Publishing;

/// <summary>
/// Checks one category of a cell: a code of the dimension's vocabulary (in files also a label), a PERIOD of the
/// table's one kind, never a total and never something shaped like personal data, which is not repeated back.
/// </summary>
internal static class CategoryCheck
{
    public static string? Check(SubmittedCoordinate coordinate, int position, int index, TableSubmission submission,
        VocabularyCache.Snapshot vocabulary, ref PeriodCodes.Kind? periodKind, List<TableProblem> problems)
    {
        var dimension = coordinate.Dimension;
        string? Problem(string code, string message)
        {
            problems.Add(submission.Places.Cell(index, dimension, code, message, position));
            return null;
        }

        var text = coordinate.Code?.Trim();
        if (string.IsNullOrEmpty(text)) return Problem(UserErrorCodes.Required, $"The cell has no {dimension} code.");
        if (text == CellColumns.Total)
            return Problem(UserErrorCodes.InvalidValue, $"Give inner cells only: the Hub computes every total ({CellColumns.Total}) itself, after anonymising.");
        var isPeriod = dimension == PeriodCodes.Dimension;
        if (PersonalData.DescribeValue(text, isPeriod) is { } personal)
            return Problem(UserErrorCodes.InvalidValue, $"The {dimension} value looks like {personal}: the Hub publishes only aggregated tables, never data about individuals.");
        if (isPeriod)
        {
            if (PeriodCodes.KindOf(text) is not { } kind) return Problem(UserErrorCodes.InvalidValue, $"{FieldValidation.Quote(text)} is not a PERIOD: use {PeriodCodes.Form}.");
            periodKind ??= kind;
            if (kind != periodKind)
                return Problem(UserErrorCodes.InvalidValue, $"`{text}` is a {Words(kind)} but the table's first period is a {Words(periodKind.Value)}: one table uses one kind of period.");
            return text;
        }
        var scheme = DimensionCategories.SchemeOf(dimension)!;
        if (FieldValidation.Match(vocabulary, scheme, text, submission.AcceptsLabels) is { } code) return code;
        if (vocabulary.Match(scheme, text) is { } labelled)
            return Problem(UserErrorCodes.UnknownCode, $"The {dimension} value is a label; give the code `{labelled.Code}` of {scheme} instead.");
        return Problem(UserErrorCodes.UnknownCode, PersonalData.LooksLikeFreeText(text)
            ? $"The {dimension} value is free text, not a code of {scheme} (a name?): the Hub publishes only aggregated tables with shared codes; see vocabulary(scheme: {scheme})."
            : $"`{text}` is not a code of {scheme}; see vocabulary(scheme: {scheme}).");
    }

    private static string Words(PeriodCodes.Kind kind) => kind switch
    {
        PeriodCodes.Kind.Year => "year",
        PeriodCodes.Kind.HalfYear => "half-year",
        PeriodCodes.Kind.Quarter => "quarter",
        _ => "month",
    };
}
