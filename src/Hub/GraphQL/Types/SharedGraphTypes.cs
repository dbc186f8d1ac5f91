using GraphQL.Types;
using Hub.Access;
using Hub.Interventions;
using Hub.Organisations;

namespace Hub.GraphQL.Types;

public sealed class VisibilityGraphType : EnumerationGraphType<Visibility>
{
    public VisibilityGraphType()
    {
        Name = "Visibility";
        Description = "Who may read an item (synlighet). Each level includes the ones below it in this list: PUBLIC is widest, OWNER narrowest.";
    }
}

public sealed class OrganisationKindGraphType : EnumerationGraphType<OrganisationKind>
{
    public OrganisationKindGraphType()
    {
        Name = "OrganisationKind";
        Description = "What kind of body an organisation is.";
    }
}

public sealed class InterventionStatusGraphType : EnumerationGraphType<InterventionStatus>
{
    public InterventionStatusGraphType()
    {
        Name = "InterventionStatus";
        Description = "Where an intervention is in its life (status).";
    }
}

public enum OrderDirection
{
    [System.ComponentModel.Description("Ascending: A to Ö, oldest first, lowest first.")]
    Asc,
    [System.ComponentModel.Description("Descending: Ö to A, newest first, highest first.")]
    Desc,
}

public sealed class OrderDirectionGraphType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionGraphType()
    {
        Name = "OrderDirection";
        Description = "The direction of an ordering.";
    }
}

/// <summary>Contact details of an item; e-mail and phone are for the agencies of the joint plan only.</summary>
public sealed record Contact(string? Name, string? Email, string? Phone);

public sealed class ContactGraphType : ObjectGraphType<Contact>
{
    public ContactGraphType()
    {
        Name = "Contact";
        Description = "Who to ask about an item (kontaktperson). E-mail and phone are shown to the agencies of the joint plan only; others get null.";
        Field(c => c.Name, nullable: true).Description("Name of the contact person or function.");
        Field(c => c.Email, nullable: true).Description("E-mail address. Null unless you are signed in as one of the agencies of the joint plan.");
        Field(c => c.Phone, nullable: true).Description("Phone number. Null unless you are signed in as one of the agencies of the joint plan.");
    }
}
