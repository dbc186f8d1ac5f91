using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.GraphQL;
using Hub.Organisations;

namespace Hub.Auth;

public static class MeQueries
{
    public static void AddMeQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<MeType>>("me")
            .Description("Who the Hub thinks you are: the organisation and roles your token carries. Without a token: no organisation and no roles.")
            .Resolve(c => new Me(c.Hub().Caller, c.User));
}

/// <summary>The caller as the API shows it; the principal is kept for facts about the token itself.</summary>
public sealed record Me(Caller Caller, ClaimsPrincipal? User);

public sealed class MeType : ObjectGraphType<Me>
{
    public MeType()
    {
        Name = "Me";
        Description = "Who the Hub thinks you are, as decided from your token. What you may see and change follows from this.";
        Field<OrganisationType>("organisation")
            .Description("The organisation your token speaks for; null without a token.")
            .Resolve(c => c.Source.Caller.OrganisationId is { } id ? c.Hub().OrganisationById(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("Your roles (roller): reader, publisher, admin. Empty without a token.")
            .Resolve(c => c.Source.Caller.Roles.Order(StringComparer.Ordinal).ToList());
        Field<StringGraphType>("subject")
            .Description("The person or system the token was issued to (the token's `sub`); null without a token.")
            .Resolve(c => c.Source.Caller.Subject);
        Field<NonNullGraphType<BooleanGraphType>>("isPlanAgency")
            .Description("True when your organisation is an agency of the joint plan, and so sees what is shared with the agencies.")
            .Resolve(c => c.Source.Caller.IsPlanAgency);
        Field<DateTimeOffsetGraphType>("tokenExpiresAt")
            .Description("When your token stops being accepted. Needs a token.")
            .AuthorizeWithPolicy(Policies.Authenticated)
            .Resolve(c => long.TryParse(c.Source.User?.FindFirstValue("exp"), out var exp) ? DateTimeOffset.FromUnixTimeSeconds(exp) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedIssuerType>>>>("trustedIssuers")
            .Description("The identity providers this Hub trusts and the organisations each may vouch for. For the Hub's administrators only.")
            .AuthorizeWithPolicy(Policies.Admin)
            .Resolve(c => c.RequestServices!.GetRequiredService<TrustedIssuers>().All.ToList());
    }
}
