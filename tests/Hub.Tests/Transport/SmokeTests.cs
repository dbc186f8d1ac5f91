using Hub.Tests.Infrastructure;

namespace Hub.Tests.Transport;

public sealed class SmokeTests(DemoHub hub) : IClassFixture<DemoHub>
{
    [Fact]
    public async Task DemoOrganisationsAreQueryable()
    {
        var response = await hub.CreateClient().PostGraphQLAsync("{ organisation(code: \"MIGR\") { name } }");
        Assert.Equal("Migrationsverket", response.EnsureNoErrors().Data["organisation"]!["name"]!.GetValue<string>());
    }
}
