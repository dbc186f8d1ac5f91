using GraphQL.Types;

namespace Hub.Auth;

public sealed class TrustedIssuerType : ObjectGraphType<TrustedIssuer>
{
    public TrustedIssuerType()
    {
        Name = "TrustedIssuer";
        Description = "An identity provider whose tokens the Hub accepts, bound to the organisations it may vouch for.";
        Field<NonNullGraphType<StringGraphType>>("issuer").Description("The issuer (`iss`) its tokens carry.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("anyOrganisation")
            .Description("True for the development issuer only, which may vouch for every organisation.")
            .Resolve(c => c.Source.Organisations is null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("organisations")
            .Description("Codes of the organisations its tokens may name in `org`; empty when anyOrganisation is true.")
            .Resolve(c => c.Source.Organisations?.Order(StringComparer.Ordinal).ToList() ?? []);
        Field<NonNullGraphType<IntGraphType>>("keyCount").Description("How many signing keys of the issuer the Hub holds now.")
            .Resolve(c => c.Source.Keys.Count);
    }
}
