using System.ComponentModel;

namespace Hub.Organisations;

public enum OrganisationKind
{
    [Description("A state agency (statlig myndighet).")]
    StateAgency,
    [Description("A county administrative board (länsstyrelse).")]
    CountyBoard,
    [Description("A municipality (kommun).")]
    Municipality,
    [Description("A region (region).")]
    Region,
    [Description("An association such as SKR (Sveriges Kommuner och Regioner).")]
    Association,
    [Description("A civil-society organisation (civilsamhällesorganisation).")]
    CivilSociety,
}
