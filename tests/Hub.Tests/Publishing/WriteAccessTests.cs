using Hub.Tests.Infrastructure;
using static Hub.Tests.Publishing.Mutations;

namespace Hub.Tests.Publishing;

/// <summary>The write side of the access table: who may create, update and retire an agency's items.</summary>
public sealed class WriteAccessTests(PublishingHub hub) : IClassFixture<PublishingHub>
{
    public enum Who
    {
        Anonymous,
        ReaderOfOwner,
        AdminOfOwnerWithoutPublisherRole,
        PublisherOfAnotherAgency,
        PartnerPublisher,
        PublisherOfOwner,
    }

    private HttpClient ClientFor(Who who) => who switch
    {
        Who.Anonymous => hub.CreateClient(),
        Who.ReaderOfOwner => hub.CreateClientAs("MIGR", "reader"),
        Who.AdminOfOwnerWithoutPublisherRole => hub.CreateClientAs("MIGR", "admin"),
        Who.PublisherOfAnotherAgency => hub.CreateClientAs("FK", "publisher"),
        Who.PartnerPublisher => hub.CreateClientAs("LST-M", "publisher"),
        _ => hub.CreateClientAs("MIGR", "publisher"),
    };

    public static TheoryData<Who, string?> Table => new()
    {
        { Who.Anonymous, "UNAUTHENTICATED" },
        { Who.ReaderOfOwner, "FORBIDDEN" },
        { Who.AdminOfOwnerWithoutPublisherRole, "FORBIDDEN" },
        { Who.PublisherOfAnotherAgency, "FORBIDDEN" },
        { Who.PartnerPublisher, "FORBIDDEN" },
        { Who.PublisherOfOwner, null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task UpdatingAndRetiringAnAgencysItemIsForItsPublishersOnly(Who who, string? expected)
    {
        var owner = hub.CreateClientAs("MIGR", "publisher");
        var ids = new List<string>();
        foreach (var (mutation, input) in new[]
        {
            ("createMaterial", NewMaterial($"access-update-{who}")), ("createMaterial", NewMaterial($"access-retire-{who}")),
            ("createIntervention", NewIntervention($"access-update-{who}")), ("createIntervention", NewIntervention($"access-retire-{who}")),
        })
            ids.Add((await owner.SaveAsync(mutation, input))["id"]!.GetValue<string>());
        var client = ClientFor(who);

        var responses = new[]
        {
            await client.SendAsync("updateMaterial", Change(ids[0], 1, ("title", "Ändrad"))),
            await client.SendAsync("retireMaterial", new { id = ids[1], expectedVersion = 1 }),
            await client.SendAsync("updateIntervention", Change(ids[2], 1, ("title", "Ändrad"))),
            await client.SendAsync("retireIntervention", new { id = ids[3], expectedVersion = 1 }),
        };

        foreach (var response in responses)
        {
            Assert.Equal(expected, response.FirstErrorCode);
            if (expected is null) Assert.Empty(response.Data.AsObject().Single().Value!["errors"]!.AsArray());
        }
        if (expected is not null)
        {
            var versions = await owner.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on CompetenceMaterial { version } ... on Intervention { version } } }",
                new { ids });
            Assert.All(versions.EnsureNoErrors().Data["nodes"]!.AsArray(), n => Assert.Equal(1, n!["version"]!.GetValue<int>()));
        }
    }

    [Theory]
    [InlineData(Who.Anonymous, "UNAUTHENTICATED")]
    [InlineData(Who.ReaderOfOwner, "FORBIDDEN")]
    [InlineData(Who.PartnerPublisher, null)]
    [InlineData(Who.PublisherOfOwner, null)]
    public async Task CreatingNeedsThePublisherRoleAndCreatesForTheCallersOwnOrganisation(Who who, string? expected)
    {
        var response = await ClientFor(who).SendAsync("createMaterial", NewMaterial($"create-access-{who}"));
        Assert.Equal(expected, response.FirstErrorCode);
    }

    [Fact]
    public async Task AnItemTheCallerMayNotSeeIsNotFoundRatherThanForbidden()
    {
        var hidden = await hub.CreateClientAs("MIGR", "publisher").SaveAsync("createMaterial", NewMaterial("owner-only", ("visibility", "OWNER")));

        var payload = await hub.CreateClientAs("FK", "publisher").MutateAsync("updateMaterial", Change(hidden["id"]!.GetValue<string>(), 1, ("title", "x")));

        Assert.Equal("NOT_FOUND", ErrorsOf(payload).Single()!["code"]!.GetValue<string>());
    }
}
