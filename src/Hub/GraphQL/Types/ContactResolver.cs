using Hub.Access;

namespace Hub.GraphQL.Types;

public static class ContactResolver
{
    /// <summary>Applies the field rule for personal contact details: name for all, e-mail and phone for agencies.</summary>
    public static Contact? For(Caller caller, string? name, string? email, string? phone)
    {
        if (name is null && email is null && phone is null) return null;
        return caller.MaySeePersonalContacts() ? new Contact(name, email, phone) : new Contact(name, null, null);
    }
}
