using Hub.Errors;
using Hub.Vocabularies;

namespace Hub.Statistics.Querying;

/// <summary>
/// Which stored cells to read, by coordinates: per dimension the codes wanted ("_T" for its total). Dimensions
/// combine with AND, codes within one with OR.
/// </summary>
public sealed record StatisticsCellFilter
{
    public IReadOnlyList<string>? Sex { get; init; }
    public IReadOnlyList<string>? AgeBand { get; init; }
    public IReadOnlyList<string>? BirthRegion { get; init; }
    public IReadOnlyList<string>? PermitGround { get; init; }
    public IReadOnlyList<string>? TimeInSweden { get; init; }
    public IReadOnlyList<string>? County { get; init; }
    public IReadOnlyList<string>? Education { get; init; }
    public IReadOnlyList<string>? Establishment { get; init; }
    public IReadOnlyList<string>? Disability { get; init; }
    public IReadOnlyList<string>? Period { get; init; }
    public IReadOnlyList<CellStatus>? Status { get; init; }

    public static readonly StatisticsCellFilter None = new();

    public IReadOnlyList<string>? CodesFor(CellColumns.Column column) => column.Dimension switch
    {
        "SEX" => Sex,
        "AGE_BAND" => AgeBand,
        "BIRTH_REGION" => BirthRegion,
        "PERMIT_GROUND" => PermitGround,
        "TIME_IN_SWEDEN" => TimeInSweden,
        "COUNTY" => County,
        "EDUCATION" => Education,
        "ESTABLISHMENT" => Establishment,
        "DISABILITY" => Disability,
        "PERIOD" => Period,
        _ => null,
    };

    /// <summary>Rejects, all at once, every code that is neither "_T" nor a category of its dimension.</summary>
    public StatisticsCellFilter Checked(VocabularyCache.Snapshot vocabulary, string argument)
    {
        var unknown = CellColumns.All
            .SelectMany(column => (CodesFor(column) ?? []).Where(code => code != CellColumns.Total && !DimensionCategories.IsCategory(vocabulary, column.Dimension, code))
                .Select(code => (Field: $"{argument}.{column.FieldName}", Code: code, column.Dimension)))
            .ToList();
        if (unknown.Count == 0) return this;
        throw new HubException(ErrorCodes.BadUserInput,
            string.Join(" ", unknown.Select(u => $"`{u.Code}` is not a category of {u.Dimension} ({u.Field}).")) + " Use the dimension's codes, or _T for its total.",
            new Dictionary<string, object?> { ["field"] = unknown[0].Field });
    }

    public IQueryable<StatisticsCell> Apply(IQueryable<StatisticsCell> cells, CellColumns.Column? except = null)
    {
        foreach (var column in CellColumns.All.Where(c => c != except))
            if (CodesFor(column) is { Count: > 0 } codes) cells = cells.WhereIn(column, codes);
        if (Status is { Count: > 0 } statuses) cells = cells.Where(c => statuses.Contains(c.Status));
        return cells;
    }

    /// <summary>Identifies the filter among a request's loaders.</summary>
    public string Key => string.Join(";", CellColumns.All.Select(c => string.Join(",", CodesFor(c) ?? ["*"])))
        + ";" + string.Join(",", Status ?? []);
}
