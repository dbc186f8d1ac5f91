using Hub.Tests.Infrastructure;

namespace Hub.Tests.Transport;

/// <summary>What a request cost inside the Hub is for its developers, not for everyone who calls it.</summary>
public sealed class DiagnosticHeaderTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task TheSqlStatementCountIsSentOnlyInDevelopment(string environment, bool sent)
    {
        using var hub = new HubFactory { Environment = environment };

        var response = await hub.CreateClient().PostGraphQLAsync("{ materials(first: 1) { totalCount } }");

        response.EnsureNoErrors();
        Assert.Equal(sent, response.Http.Headers.Contains("X-Hub-Sql-Statements"));
    }
}
