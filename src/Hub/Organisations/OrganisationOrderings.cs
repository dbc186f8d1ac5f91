using Hub.Data.Paging;

namespace Hub.Organisations;

public static class OrganisationOrderings
{
    /// <summary>Organisations list by code: short, stable and what agency developers type.</summary>
    public static readonly Ordering<Organisation> ByCode = new Ordering<Organisation, string>("CODE", o => o.Code);
}
