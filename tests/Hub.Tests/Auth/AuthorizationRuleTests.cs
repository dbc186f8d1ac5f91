using Hub.Tests.Infrastructure;

namespace Hub.Tests.Auth;

/// <summary>
/// The authorization rule enforces the policies fields declare, before anything executes: `me` is public,
/// `me.tokenExpiresAt` needs a token (Authenticated) and `me.trustedIssuers` needs an admin of AF (Admin).
/// </summary>
public sealed class AuthorizationRuleTests(DemoHub hub) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task MeAnswersAnonymouslyWithNoOrganisationAndNoRoles()
    {
        var response = await hub.CreateClient().PostGraphQLAsync("{ me { organisation { code } roles subject isPlanAgency } }");

        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Null(me["organisation"]);
        Assert.Empty(me["roles"]!.AsArray());
        Assert.Null(me["subject"]);
        Assert.False(me["isPlanAgency"]!.GetValue<bool>());
    }

    [Fact]
    public async Task MeTellsATokenHolderWhoTheHubThinksTheyAre()
    {
        var response = await hub.CreateClientAs("LST-AB", "reader").PostGraphQLAsync("{ me { organisation { code name } roles isPlanAgency tokenExpiresAt } }");

        var me = response.EnsureNoErrors().Data["me"]!;
        Assert.Equal("LST-AB", me["organisation"]!["code"]!.GetValue<string>());
        Assert.Equal(["reader"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.False(me["isPlanAgency"]!.GetValue<bool>());
        Assert.True(me["tokenExpiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task AProtectedFieldAskedWithoutATokenIsUnauthenticatedAndNothingExecutes()
    {
        var response = await hub.CreateClient().PostGraphQLAsync("{ organisations { totalCount } me { roles tokenExpiresAt } }");

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Contains("me.tokenExpiresAt", response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(response.Json!["data"]);
    }

    [Theory]
    [InlineData("AF", "reader")]
    [InlineData("AF", "publisher")]
    [InlineData("FK", "admin")] // an admin, but not of the coordinating agency
    public async Task AProtectedFieldAskedWithATokenThatLacksThePolicyIsForbidden(string organisation, string role)
    {
        var response = await hub.CreateClientAs(organisation, role).PostGraphQLAsync("{ me { trustedIssuers { issuer } } }");

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        var message = response.Errors![0]!["message"]!.GetValue<string>();
        Assert.Contains("me.trustedIssuers", message);
        Assert.Contains("admin at AF", message);
        Assert.Null(response.Json!["data"]);
    }

    [Fact]
    public async Task AnAdminOfTheCoordinatingAgencyMayReadTheAdminField()
    {
        var response = await hub.CreateClientAs("AF", "admin").PostGraphQLAsync("{ me { trustedIssuers { issuer anyOrganisation keyCount } } }");

        var issuer = Assert.Single(response.EnsureNoErrors().Data["me"]!["trustedIssuers"]!.AsArray())!;
        Assert.Equal("hub-development", issuer["issuer"]!.GetValue<string>());
        Assert.True(issuer["anyOrganisation"]!.GetValue<bool>());
        Assert.Equal(1, issuer["keyCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("query { ...Mine } fragment Mine on Query { me { tokenExpiresAt } }")]
    [InlineData("query { me { ...Expiry } } fragment Expiry on Me { tokenExpiresAt }")]
    [InlineData("query { me { ... on Me { tokenExpiresAt } } }")]
    [InlineData("query { me { ...A } } fragment A on Me { ...B } fragment B on Me { tokenExpiresAt }")]
    [InlineData("query { me { tokenExpiresAt @include(if: true) } }")]
    public async Task AProtectedFieldIsFoundThroughFragments(string query)
    {
        var response = await hub.CreateClient().PostGraphQLAsync(query);

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("query { me { roles tokenExpiresAt @skip(if: true) } }", null)]
    [InlineData("query { me { roles ...Expiry @include(if: false) } } fragment Expiry on Me { tokenExpiresAt }", null)]
    [InlineData("query($skip: Boolean!) { me { roles tokenExpiresAt @skip(if: $skip) } }", true)]
    public async Task AProtectedFieldThatWillNotExecuteIsNotChecked(string query, bool? skip)
    {
        var response = await hub.CreateClient().PostGraphQLAsync(query, skip is null ? null : new { skip });

        Assert.Empty(response.EnsureNoErrors().Data["me"]!["roles"]!.AsArray());
    }

    [Fact]
    public async Task OnlyTheChosenOperationIsChecked()
    {
        const string document = "query Mine { me { roles } } query Expiry { me { tokenExpiresAt } }";

        var mine = await hub.CreateClient().PostGraphQLAsync(document, operationName: "Mine");
        var expiry = await hub.CreateClient().PostGraphQLAsync(document, operationName: "Expiry");

        Assert.Empty(mine.EnsureNoErrors().Data["me"]!["roles"]!.AsArray());
        Assert.Equal("UNAUTHENTICATED", expiry.FirstErrorCode);
    }

    [Fact]
    public async Task AVariableThatIncludesAProtectedFieldIsChecked()
    {
        var response = await hub.CreateClient().PostGraphQLAsync("query($skip: Boolean!) { me { tokenExpiresAt @skip(if: $skip) } }", new { skip = false });

        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
    }
}
