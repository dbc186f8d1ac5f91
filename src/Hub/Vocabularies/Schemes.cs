namespace Hub.Vocabularies;

/// <summary>The names of the controlled vocabularies. Codes are shared between agencies and never renamed.</summary>
public static class Schemes
{
    public const string DevelopmentArea = "DEVELOPMENT_AREA";
    public const string InterventionKind = "INTERVENTION_KIND";
    public const string ResultsChainLevel = "RESULTS_CHAIN_LEVEL";
    public const string TargetGroup = "TARGET_GROUP";
    public const string Theme = "THEME";
    public const string Format = "FORMAT";
    public const string Audience = "AUDIENCE";
    public const string County = "COUNTY";
    public const string Language = "LANGUAGE";
    public const string Indicator = "INDICATOR";
    public const string StatisticsDimension = "STATISTICS_DIMENSION";

    /// <summary>Schemes holding the categories of a statistics dimension share the dimension's code.</summary>
    public static readonly IReadOnlyList<string> DimensionCategorySchemes =
        ["SEX", "AGE_BAND", "BIRTH_REGION", "PERMIT_GROUND", "TIME_IN_SWEDEN", "EDUCATION", "ESTABLISHMENT", "DISABILITY"];

    public static readonly IReadOnlyList<string> All =
    [
        DevelopmentArea, InterventionKind, ResultsChainLevel, TargetGroup, Theme, Format, Audience, County,
        Language, Indicator, StatisticsDimension, .. DimensionCategorySchemes,
    ];
}
