using System.ComponentModel;

namespace Hub.Coverage;

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
