using Hub.GraphQL;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Conventions;

public sealed class NodeTests(DemoHub hub) : IClassFixture<DemoHub>
{
    private readonly HttpClient _client = hub.CreateClient();

    [Theory]
    [InlineData("interventions", "Intervention")]
    [InlineData("materials", "CompetenceMaterial")]
    [InlineData("organisations", "Organisation")]
    [InlineData("statisticsDatasets", "StatisticsDataset")]
    public async Task NodeReturnsTheEntityForEachTypesId(string list, string typeName)
    {
        var first = await _client.PostGraphQLAsync($"{{ {list}(first: 1) {{ nodes {{ id }} }} }}");
        var id = first.EnsureNoErrors().Data[list]!["nodes"]![0]!["id"]!.GetValue<string>();
        var node = await _client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });
        Assert.Equal(typeName, node.EnsureNoErrors().Data["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal(id, node.Data["node"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("")]
    [InlineData("SW50ZXJ2ZW50aW9uOjA")] // Intervention:0
    [InlineData("SW50ZXJ2ZW50aW9uOmFiYw")] // Intervention:abc
    public async Task MalformedIdsAnswerNullWithoutErrors(string id)
    {
        var node = await _client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(node.EnsureNoErrors().Data["node"]);
    }

    [Fact]
    public async Task UnknownIdsAndIdsOfUnknownTypesAnswerNull()
    {
        var unknown = GlobalId.Encode("Intervention", 999_999);
        var otherType = GlobalId.Encode("Spaceship", 1);
        var response = await _client.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { unknown, otherType } });
        var nodes = response.EnsureNoErrors().Data["nodes"]!.AsArray();
        Assert.All(nodes, Assert.Null);
    }

    [Fact]
    public void IdsAreDistinctAcrossTypesAndStable()
    {
        Assert.NotEqual(GlobalId.Encode("Intervention", 1), GlobalId.Encode("CompetenceMaterial", 1));
        Assert.Equal(GlobalId.Encode("Intervention", 7), GlobalId.Encode("Intervention", 7));
        Assert.True(GlobalId.TryDecode(GlobalId.Encode("Organisation", 12), out var type, out var id));
        Assert.Equal(("Organisation", 12), (type, id));
    }

    [Fact]
    public async Task NodesKeepsTheOrderAskedAndMixesTypes()
    {
        var lists = await _client.PostGraphQLAsync("{ materials(first: 1) { nodes { id } } organisations(first: 1) { nodes { id } } }");
        var material = lists.Data["materials"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var organisation = lists.Data["organisations"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var response = await _client.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
            new { ids = new[] { organisation, "garbage", material } });
        var nodes = response.EnsureNoErrors().Data["nodes"]!.AsArray();
        Assert.Equal("Organisation", nodes[0]!["__typename"]!.GetValue<string>());
        Assert.Null(nodes[1]);
        Assert.Equal("CompetenceMaterial", nodes[2]!["__typename"]!.GetValue<string>());
    }
}
