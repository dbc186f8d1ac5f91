using System.ComponentModel;
using Hub.Vocabularies;

namespace Hub.Coverage;

/// <summary>What a coverage matrix counts: competence-development materials or interventions.</summary>
public enum CoverageKind
{
    [Description("Competence-development materials (kompetensutvecklingsmaterial). Dimensions: THEME, DEVELOPMENT_AREA, FORMAT, AUDIENCE, LANGUAGE.")]
    Material,
    [Description("Interventions (insatser, åtgärder, stöd). Dimensions: DEVELOPMENT_AREA, TARGET_GROUP, INTERVENTION_KIND.")]
    Intervention,
}

/// <summary>The vocabulary whose entries are the rows of a coverage matrix.</summary>
public enum CoverageDimension
{
    [Description("Themes (teman) of materials.")]
    Theme,
    [Description("Development areas of the joint plan (utvecklingsområden), for materials and interventions.")]
    DevelopmentArea,
    [Description("Target groups (målgrupper) of interventions.")]
    TargetGroup,
    [Description("Formats of materials (e-learning, course, guide …).")]
    Format,
    [Description("Audiences of materials (caseworkers, managers …).")]
    Audience,
    [Description("Languages materials are available in (språk).")]
    Language,
    [Description("Kinds of intervention: insats, åtgärd, stöd.")]
    InterventionKind,
}

public static class CoverageDimensions
{
    /// <summary>The vocabulary scheme of a dimension, or null when the kind of item does not carry it.</summary>
    public static string? SchemeFor(CoverageKind kind, CoverageDimension dimension) => (kind, dimension) switch
    {
        (CoverageKind.Material, CoverageDimension.Theme) => Schemes.Theme,
        (CoverageKind.Material, CoverageDimension.DevelopmentArea) => Schemes.DevelopmentArea,
        (CoverageKind.Material, CoverageDimension.Format) => Schemes.Format,
        (CoverageKind.Material, CoverageDimension.Audience) => Schemes.Audience,
        (CoverageKind.Material, CoverageDimension.Language) => Schemes.Language,
        (CoverageKind.Intervention, CoverageDimension.DevelopmentArea) => Schemes.DevelopmentArea,
        (CoverageKind.Intervention, CoverageDimension.TargetGroup) => Schemes.TargetGroup,
        (CoverageKind.Intervention, CoverageDimension.InterventionKind) => Schemes.InterventionKind,
        _ => null,
    };
}
