using Hub.Access;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Coverage;

public sealed class CoverageVisibilityTests
{
    private static async Task<int> CellAsync(HubFactory hub, string organisation, string theme, string? bearer = null)
    {
        var data = (await hub.CreateClient().PostGraphQLAsync(
            "query($o: [String!]) { coverage(kind: MATERIAL, dimension: THEME, organisations: { codes: $o }) { cells { entry { code } count } } }",
            new { o = new[] { organisation } }, bearer: bearer)).EnsureNoErrors().Data;
        return data["coverage"]!["cells"]!.AsArray().Single(c => c!["entry"]!["code"]!.GetValue<string>() == theme)!["count"]!.GetValue<int>();
    }

    [Fact]
    public async Task OnlyCurrentItemsTheCallerMaySeeAreCounted()
    {
        using var hub = new HubFactory();
        var anonymousBefore = await CellAsync(hub, "FK", "HEALTH");
        var fkBefore = await CellAsync(hub, "FK", "HEALTH", hub.TokenFor("FK"));
        var afBefore = await CellAsync(hub, "FK", "HEALTH", hub.TokenFor("AF"));

        await hub.AddMaterialAsync("Internt utkast om hälsa", owner: "FK", visibility: Visibility.Owner, themes: ["HEALTH"]);
        var retired = await hub.AddMaterialAsync("Gammal vägledning om hälsa", owner: "FK", themes: ["HEALTH"]);
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await db.Materials.Where(m => m.Id == retired.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.RetiredAt, DateTimeOffset.UtcNow));
        }

        Assert.Equal(anonymousBefore, await CellAsync(hub, "FK", "HEALTH"));
        Assert.Equal(afBefore, await CellAsync(hub, "FK", "HEALTH", hub.TokenFor("AF")));
        Assert.Equal(fkBefore + 1, await CellAsync(hub, "FK", "HEALTH", hub.TokenFor("FK")));
    }
}
