using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Hub.Tests.Publishing;

namespace Hub.Tests.Auth;

/// <summary>
/// An item the caller may not see answers exactly like one that does not exist, on every field and address that
/// takes an id: otherwise sequential ids would let anyone enumerate hidden items and their owners.
/// </summary>
public sealed class HiddenOrMissingTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private static readonly SemaphoreSlim Setup = new(1, 1);
    private static (string Hidden, string Missing)? _materials;

    public static TheoryData<string> Probes => [.. Probe.Keys];

    // Each probe asks as AF (reader and publisher) about an id and returns what a client could compare.
    private static readonly Dictionary<string, Func<HubFactory, string, Task<string>>> Probe = new()
    {
        ["auditTrail"] = async (h, id) => Describe(await h.CreateClientAs("AF", "publisher").PostGraphQLAsync("query($id: ID!) { auditTrail(itemId: $id) { totalCount } }", new { id }), id),
        ["node"] = async (h, id) => Describe(await h.CreateClientAs("AF").PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id }), id),
        ["nodes"] = async (h, id) => Describe(await h.CreateClientAs("AF").PostGraphQLAsync("query($id: ID!) { nodes(ids: [$id]) { id } }", new { id }), id),
        ["updateMaterial"] = async (h, id) => Describe(await h.CreateClientAs("AF", "publisher").SendAsync("updateMaterial", new { id, expectedVersion = 1, title = "x" }), id),
        ["retireMaterial"] = async (h, id) => Describe(await h.CreateClientAs("AF", "publisher").SendAsync("retireMaterial", new { id, expectedVersion = 1 }), id),
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task AHiddenMaterialAnswersLikeOneThatDoesNotExist(string field)
    {
        var (hidden, missing) = await MaterialsAsync();

        var forHidden = await Probe[field](hub, hidden);
        var forMissing = await Probe[field](hub, missing);

        Assert.Equal(forMissing, forHidden);
        Assert.DoesNotContain("FORBIDDEN", forHidden);
    }

    [Fact]
    public async Task TheAuditTrailOfAHiddenOrMissingItemIsNotFound()
    {
        var (hidden, missing) = await MaterialsAsync();
        var client = hub.CreateClientAs("AF", "publisher");

        foreach (var id in new[] { hidden, missing, "not-an-id" })
        {
            var response = await client.PostGraphQLAsync("query($id: ID!) { auditTrail(itemId: $id) { totalCount } }", new { id });
            Assert.Equal("NOT_FOUND", response.FirstErrorCode);
            Assert.Equal("itemId", response.Errors![0]!["extensions"]!["argument"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task TheOwnerStillReadsTheTrailOfItsHiddenItem()
    {
        var (hidden, _) = await MaterialsAsync();

        var trail = await hub.CreateClientAs("SOS", "reader").PostGraphQLAsync("query($id: ID!) { auditTrail(itemId: $id) { totalCount } }", new { id = hidden });

        Assert.Equal(1, trail.EnsureNoErrors().Data["auditTrail"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ADatasetExportOfAHiddenOrMissingDatasetIsTheSame404()
    {
        var hidden = (await hub.CreateClientAs("SOS", "publisher").PostGraphQLAsync("""
            mutation($input: PublishStatisticsInput!) { publishStatistics(input: $input) { dataset { id } errors { message } } }
            """, new
        {
            input = new
            {
                title = "Dold tabell", indicator = "PARTICIPANTS", referencePeriod = "2024", dimensions = new[] { "SEX" }, visibility = "OWNER",
                cells = new[] { new { coordinates = new[] { new { dimension = "SEX", code = "F" } }, count = 40 }, new { coordinates = new[] { new { dimension = "SEX", code = "M" } }, count = 30 } },
            },
        })).EnsureNoErrors().Data["publishStatistics"]!["dataset"]!["id"]!.GetValue<string>();
        var missing = NextId(hidden);
        var client = hub.CreateClientAs("AF");

        foreach (var extension in new[] { "json", "csv" })
        {
            var forHidden = await client.GetAsync($"/statistics/{hidden}.{extension}");
            var forMissing = await client.GetAsync($"/statistics/{missing}.{extension}");
            Assert.Equal(404, (int)forHidden.StatusCode);
            Assert.Equal(forMissing.StatusCode, forHidden.StatusCode);
            Assert.Equal(await forMissing.Content.ReadAsStringAsync(), await forHidden.Content.ReadAsStringAsync());
        }
        Assert.Equal(200, (int)(await hub.CreateClientAs("SOS").GetAsync($"/statistics/{hidden}.json")).StatusCode);
    }

    private async Task<(string Hidden, string Missing)> MaterialsAsync()
    {
        await Setup.WaitAsync();
        try
        {
            if (_materials is { } known && known.Hidden.Length > 0) return known;
            var hidden = (await hub.CreateClientAs("SOS", "publisher").SaveAsync("createMaterial",
                Mutations.NewMaterial($"hidden-{Guid.NewGuid():N}", ("visibility", "OWNER"))))["id"]!.GetValue<string>();
            _materials = (hidden, NextId(hidden));
            return _materials.Value;
        }
        finally
        {
            Setup.Release();
        }
    }

    // Ids are sequential: the next one has not been handed out yet.
    private static string NextId(string globalId)
    {
        var text = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(globalId));
        var (type, id) = (text[..text.IndexOf(':')], int.Parse(text[(text.IndexOf(':') + 1)..]));
        return System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes($"{type}:{id + 1000}"));
    }

    // What a client can observe, with the id itself taken out.
    private static string Describe(GraphQLResponse response, string id) =>
        $"{response.Status} {JsonNode.Parse(response.Body)!.ToJsonString()}".Replace(id, "<id>");
}
