using System.ComponentModel;

namespace Hub.Access;

/// <summary>Who may read an item. Ordered from widest to narrowest so a caller's reach is one comparison.</summary>
public enum Visibility
{
    [Description("Anyone, without a token (offentlig).")]
    Public = 0,
    [Description("Partner organisations (SKR, county boards, municipalities, regions, civil society) and the agencies of the joint plan.")]
    Partners = 1,
    [Description("Only the agencies of the joint plan (AF, FK, MIGR, JAMY, SOS).")]
    Agencies = 2,
    [Description("Only the owning organisation: drafts and internal material.")]
    Owner = 3,
}
