using Microsoft.EntityFrameworkCore;

namespace Hub.Statistics;

/// <summary>
/// The shared statistics dimensions and the <see cref="StatisticsCell"/> column that holds each. Cells are selected
/// by these columns in SQL: "_T" marks a dimension's total, null a dimension the dataset does not have.
/// </summary>
public static class CellColumns
{
    /// <summary>The code of a dimension's total (the SDMX convention).</summary>
    public const string Total = "_T";

    public sealed record Column(string Dimension, string Property, string FieldName, Func<StatisticsCell, string?> Get, Action<StatisticsCell, string?> Set);

    public static readonly IReadOnlyList<Column> All =
    [
        new("SEX", nameof(StatisticsCell.Sex), "sex", c => c.Sex, (c, v) => c.Sex = v),
        new("AGE_BAND", nameof(StatisticsCell.AgeBand), "ageBand", c => c.AgeBand, (c, v) => c.AgeBand = v),
        new("BIRTH_REGION", nameof(StatisticsCell.BirthRegion), "birthRegion", c => c.BirthRegion, (c, v) => c.BirthRegion = v),
        new("PERMIT_GROUND", nameof(StatisticsCell.PermitGround), "permitGround", c => c.PermitGround, (c, v) => c.PermitGround = v),
        new("TIME_IN_SWEDEN", nameof(StatisticsCell.TimeInSweden), "timeInSweden", c => c.TimeInSweden, (c, v) => c.TimeInSweden = v),
        new("COUNTY", nameof(StatisticsCell.County), "county", c => c.County, (c, v) => c.County = v),
        new("EDUCATION", nameof(StatisticsCell.Education), "education", c => c.Education, (c, v) => c.Education = v),
        new("ESTABLISHMENT", nameof(StatisticsCell.Establishment), "establishment", c => c.Establishment, (c, v) => c.Establishment = v),
        new("DISABILITY", nameof(StatisticsCell.Disability), "disability", c => c.Disability, (c, v) => c.Disability = v),
        new("PERIOD", nameof(StatisticsCell.Period), "period", c => c.Period, (c, v) => c.Period = v),
    ];

    private static readonly Dictionary<string, Column> ByDimension = All.ToDictionary(c => c.Dimension, StringComparer.Ordinal);

    public static Column? For(string dimension) => ByDimension.GetValueOrDefault(dimension);

    /// <summary>
    /// Cells whose coordinate on the column is one of the codes. "_T" also matches datasets without the dimension:
    /// for them every cell is a total over it.
    /// </summary>
    public static IQueryable<StatisticsCell> WhereIn(this IQueryable<StatisticsCell> cells, Column column, IReadOnlyCollection<string> codes)
    {
        var list = codes.Distinct(StringComparer.Ordinal).ToList();
        var property = column.Property;
        return list.Contains(Total)
            ? cells.Where(c => list.Contains(EF.Property<string?>(c, property)!) || EF.Property<string?>(c, property) == null)
            : cells.Where(c => list.Contains(EF.Property<string?>(c, property)!));
    }

    /// <summary>Cells that give a category of the column, not its total (and not a dataset lacking the dimension).</summary>
    public static IQueryable<StatisticsCell> WhereCategory(this IQueryable<StatisticsCell> cells, Column column)
    {
        var property = column.Property;
        return cells.Where(c => EF.Property<string?>(c, property) != null && EF.Property<string?>(c, property) != Total);
    }
}
