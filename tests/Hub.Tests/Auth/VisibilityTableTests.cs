using System.Text;
using System.Text.Json.Nodes;
using Hub.Access;
using Hub.GraphQL;
using Hub.Materials;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Auth;

/// <summary>
/// The read side of the access table: every kind of principal against an item of every visibility, through
/// every way of reading (list with totalCount, nested list under the owner, search, node). All ways must agree
/// with the expected cell, and a hidden item must answer exactly like an id that does not exist.
/// </summary>
public sealed class VisibilityTableTests(VisibilityHub hub) : IClassFixture<VisibilityHub>
{
    /// <summary>How far a principal reaches; each level sees what the ones before it see.</summary>
    public enum Reach { Public, Partner, Agency, Owner }

    public static TheoryData<string, string?, string[], Reach> Principals => new()
    {
        { "anonymous", null, [], Reach.Public },
        { "SKR, the association of municipalities and regions", "SKR", ["reader"], Reach.Partner },
        { "a county administrative board", "LST-AB", ["reader"], Reach.Partner },
        { "the municipality of Malmö", "MALMO", ["reader"], Reach.Partner },
        { "Region Skåne", "REG-SKANE", ["reader"], Reach.Partner },
        { "NOD, a civil-society body", "NOD", ["reader"], Reach.Partner },
        { "a state agency outside the joint plan", "SSC", ["reader"], Reach.Partner },
        { "AF as reader", "AF", ["reader"], Reach.Agency },
        { "FK as reader", "FK", ["reader"], Reach.Agency },
        { "MIGR, the owner, as reader", "MIGR", ["reader"], Reach.Owner },
        { "JAMY as reader", "JAMY", ["reader"], Reach.Agency },
        { "SOS as reader", "SOS", ["reader"], Reach.Agency },
        { "a publisher of the owner", "MIGR", ["publisher"], Reach.Owner },
        { "a publisher of another agency", "FK", ["publisher"], Reach.Agency },
        { "the admin of the coordinating agency", "AF", ["admin", "reader"], Reach.Agency },
    };

    private static bool Sees(Reach reach, Visibility visibility) => visibility switch
    {
        Visibility.Public => true,
        Visibility.Partners => reach >= Reach.Partner,
        Visibility.Agencies => reach >= Reach.Agency,
        _ => reach == Reach.Owner,
    };

    private static readonly Dictionary<string, string> ListFields = new()
    {
        [MaterialType.TypeName] = "materials",
        [global::Hub.Interventions.InterventionType.TypeName] = "interventions",
        [global::Hub.Statistics.StatisticsDatasetType.TypeName] = "statisticsDatasets",
    };

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task ListsCountsSearchNestedListsAndNodeAgreeOnWhatEachPrincipalSees(string principal, string? organisation, string[] roles, Reach reach)
    {
        var client = organisation is null ? hub.CreateClient() : hub.CreateClientAs(organisation, roles);

        var data = (await client.PostGraphQLAsync(Query(), new { text = VisibilityHub.Word })).EnsureNoErrors().Data;

        var searched = data["search"]!["nodes"]!.AsArray().Select(n => n!["item"]!["title"]!.GetValue<string>()).ToHashSet();
        var expectedEverywhere = new HashSet<string>();
        foreach (var kind in VisibilityHub.Kinds)
        {
            var expected = VisibilityHub.Visibilities.Where(v => Sees(reach, v)).Select(v => VisibilityHub.Title(kind, v)).ToHashSet();
            expectedEverywhere.UnionWith(expected);
            AssertConnection(expected, data[ListFields[kind]]!, $"{principal}: list of {kind}");
            AssertConnection(expected, data["owner"]![ListFields[kind]]!, $"{principal}: {kind} nested under the owner");
            Assert.True(expected.SetEquals(searched.Where(t => t.Contains(kind + " ", StringComparison.Ordinal))), $"{principal}: search for {kind}");
            foreach (var visibility in VisibilityHub.Visibilities)
            {
                var node = data[NodeAlias(kind, visibility)];
                if (Sees(reach, visibility)) Assert.Equal(hub.Ids[(kind, visibility)], node?["id"]?.GetValue<string>());
                else Assert.Equal(data["missing"]?.ToJsonString(), node?.ToJsonString()); // no different from an id that does not exist
            }
        }
        Assert.Equal(expectedEverywhere.Count, data["search"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["missing"]);
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task ContactEmailAndPhoneAreForTheAgenciesOnly(string principal, string? organisation, string[] roles, Reach reach)
    {
        var client = organisation is null ? hub.CreateClient() : hub.CreateClientAs(organisation, roles);
        var id = hub.Ids[(MaterialType.TypeName, Visibility.Public)];

        var data = (await client.PostGraphQLAsync("query($id: ID!) { node(id: $id) { ... on CompetenceMaterial { contact { name email phone } } } }",
            new { id })).EnsureNoErrors().Data;

        var contact = data["node"]!["contact"]!;
        Assert.Equal("Kontakt Synlighetsprov", contact["name"]!.GetValue<string>());
        var agency = reach >= Reach.Agency;
        Assert.True(agency == (contact["email"]?.GetValue<string>() == VisibilityHub.ContactEmail), $"{principal}: e-mail");
        Assert.True(agency == (contact["phone"]?.GetValue<string>() == VisibilityHub.ContactPhone), $"{principal}: phone");
        if (!agency) Assert.Null(contact["email"]);
        if (!agency) Assert.Null(contact["phone"]);
    }

    private static void AssertConnection(HashSet<string> expected, JsonNode connection, string what)
    {
        var titles = connection["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToHashSet();
        Assert.True(expected.SetEquals(titles), $"{what}: expected [{string.Join(", ", expected.Order())}], got [{string.Join(", ", titles.Order())}]");
        Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
    }

    private static string NodeAlias(string kind, Visibility visibility) => $"node_{kind}_{visibility}";

    private string Query()
    {
        var query = new StringBuilder("query($text: String!) {\n");
        foreach (var list in ListFields.Values) query.AppendLine($"  {list}(filter: {{ text: $text }}) {{ totalCount nodes {{ title }} }}");
        query.AppendLine($"  owner: organisation(code: \"{VisibilityHub.Owner}\") {{");
        foreach (var list in ListFields.Values) query.AppendLine($"    {list}(filter: {{ text: $text }}) {{ totalCount nodes {{ title }} }}");
        query.AppendLine("  }");
        query.AppendLine("  search(query: $text, first: 50) { totalCount nodes { item { ... on CompetenceMaterial { title } ... on Intervention { title } ... on StatisticsDataset { title } } } }");
        foreach (var ((kind, visibility), id) in hub.Ids) query.AppendLine($"  {NodeAlias(kind, visibility)}: node(id: \"{id}\") {{ id }}");
        query.AppendLine($"  missing: node(id: \"{GlobalId.Encode(MaterialType.TypeName, 99_999_999)}\") {{ id }}");
        return query.Append('}').ToString();
    }
}
