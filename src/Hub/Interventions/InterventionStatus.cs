using System.ComponentModel;

namespace Hub.Interventions;

public enum InterventionStatus
{
    [Description("Decided or prepared but not yet started (planerad).")]
    Planned,
    [Description("Running now (pågående).")]
    Ongoing,
    [Description("Carried out as planned and finished (avslutad).")]
    Completed,
    [Description("Stopped before it was completed (avbruten).")]
    Discontinued,
}
