namespace Hub.Access;

/// <summary>
/// The one place that decides who sees what. It is an expression applied inside every SQL query, so lists,
/// counts, search, nested lists and node look-ups always agree, and a hidden item is simply absent.
/// </summary>
public static class VisibilityRule
{
    private static readonly Visibility[] PublicOnly = [Visibility.Public];
    private static readonly Visibility[] PartnerReach = [Visibility.Public, Visibility.Partners];
    private static readonly Visibility[] AgencyReach = [Visibility.Public, Visibility.Partners, Visibility.Agencies];

    /// <summary>The visibilities shared with the caller; its own organisation's items are visible besides.</summary>
    public static IReadOnlyList<Visibility> SharedWith(Caller caller) =>
        !caller.IsAuthenticated ? PublicOnly : caller.IsPlanAgency ? AgencyReach : PartnerReach;

    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> items, Caller caller) where T : class, IOwnedItem
    {
        var shared = SharedWith(caller);
        var own = caller.OrganisationId ?? -1;
        return items.Where(i => shared.Contains(i.Visibility) || i.OwnerId == own);
    }

    public static bool CanSee(this Caller caller, IOwnedItem item) =>
        SharedWith(caller).Contains(item.Visibility) || item.OwnerId == caller.OrganisationId;

    /// <summary>Contact details of a person are for the agencies of the joint plan only.</summary>
    public static bool MaySeePersonalContacts(this Caller caller) => caller.IsAuthenticated && caller.IsPlanAgency;
}
