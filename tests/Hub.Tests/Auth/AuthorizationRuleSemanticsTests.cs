using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Hub.Access;
using Hub.Auth;
using Hub.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Auth;

/// <summary>
/// What the rule does with declarations the Hub's schema does not use yet (a protected type, AllowAnonymous
/// fields, a protected argument, roles), on a small schema of its own with the Hub's real policies.
/// </summary>
public sealed class AuthorizationRuleSemanticsTests
{
    [Theory]
    [InlineData(null, "{ secret { teaser } }", null)]
    [InlineData(null, "{ secret { teaser text } }", "UNAUTHENTICATED")]
    [InlineData(null, "{ secret { __typename } }", "UNAUTHENTICATED")]
    [InlineData(null, "{ ...S } fragment S on Query { secret { text } }", "UNAUTHENTICATED")]
    [InlineData("SKR", "{ secret { text } }", "FORBIDDEN")]
    [InlineData("FK", "{ secret { text } }", null)]
    [InlineData("SKR", "{ open(as: \"x\") }", "FORBIDDEN")]
    [InlineData("SKR", "{ open }", null)]
    [InlineData("FK", "{ adminOnly }", "FORBIDDEN")]
    [InlineData("AF", "{ adminOnly }", null)]
    public async Task DeclaredRequirementsAreEnforced(string? organisation, string query, string? expectedCode)
    {
        var user = organisation is null ? new ClaimsPrincipal(new ClaimsIdentity()) : Principal(organisation, organisation == "AF" ? "admin" : "reader");

        var result = await ExecuteAsync(query, user);

        Assert.Equal(expectedCode, result.Errors?.FirstOrDefault()?.Code);
        if (expectedCode is not null) Assert.False(result.Executed);
    }

    private static async Task<ExecutionResult> ExecuteAsync(string query, ClaimsPrincipal user)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorization(options => Policies.Register(options, "AF"));
        services.AddOptions<HubAuthOptions>();
        await using var provider = services.BuildServiceProvider();
        return await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = new global::GraphQL.Types.Schema { Query = new RootType() },
            Query = query,
            User = user,
            RequestServices = provider,
            ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationValidationRule()),
        });
    }

    /// <summary>A principal as the Hub leaves it after validating a token.</summary>
    private static ClaimsPrincipal Principal(string organisation, string role) => new(new ClaimsIdentity(
    [
        new Claim(CallerResolver.OrganisationClaim, organisation),
        new Claim(CallerResolver.RoleClaim, role),
        new Claim(CallerResolver.OrganisationIdClaim, "1"),
        new Claim(CallerResolver.PlanAgencyClaim, organisation is "AF" or "FK" ? "true" : "false"),
    ], "test"));

    private sealed class SecretType : ObjectGraphType
    {
        public SecretType()
        {
            Name = "Secret";
            this.AuthorizeWithPolicy(Policies.AgencyStaff);
            Field<StringGraphType>("text").Resolve(_ => "for agencies");
            Field<StringGraphType>("teaser").AllowAnonymous().Resolve(_ => "for anyone");
        }
    }

    private sealed class RootType : ObjectGraphType
    {
        public RootType()
        {
            Name = "Query";
            Field<SecretType>("secret").Resolve(_ => new object());
            Field<StringGraphType>("open").Resolve(_ => "open")
                .Argument<StringGraphType>("as", argument => argument.AuthorizeWithPolicy(Policies.Publisher));
            Field<StringGraphType>("adminOnly").AuthorizeWithPolicy(Policies.Admin).Resolve(_ => "admin");
        }
    }
}
