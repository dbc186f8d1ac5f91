using System.Text.Json.Nodes;
using Hub.Access;
using Hub.GraphQL;
using Hub.Interventions;
using Hub.Materials;
using Hub.Statistics;
using Hub.Statistics.Querying;
using Hub.Tests.Infrastructure;
using Hub.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Conventions;

/// <summary>The nested lists that used to be plain arrays page like every other connection.</summary>
public sealed class NestedListPagingTests(NestedListPagingTests.ListsHub hub) : IClassFixture<NestedListPagingTests.ListsHub>
{
    public static TheoryData<string, string> Lists => new()
    {
        { MaterialType.TypeName, "themes" },
        { MaterialType.TypeName, "audiences" },
        { MaterialType.TypeName, "languages" },
        { MaterialType.TypeName, "developmentAreas" },
        { InterventionType.TypeName, "developmentAreas" },
        { InterventionType.TypeName, "targetGroups" },
        { InterventionType.TypeName, "counties" },
        { StatisticsDatasetType.TypeName, "dimensions" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task ListPagesForwardsAndBackwardsInListingOrderAndCountsAllItsItems(string type, string field)
    {
        var (id, expected) = hub.Expected[(type, field)];
        Assert.True(expected.Count >= 3, $"{type}.{field} needs a few entries to page through, has {expected.Count}");
        var client = hub.CreateClient();

        var forwards = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync(client, type, field, id, new { first = 2, after });
            Assert.Equal(expected.Count, page["totalCount"]!.GetValue<int>());
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            forwards.AddRange(Codes(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);

        var backwards = new List<List<string>>();
        string? before = null;
        do
        {
            var page = await PageAsync(client, type, field, id, new { last = 2, before });
            Assert.Equal(before is not null, page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            backwards.Add(Codes(page));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        } while (before is not null);

        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards.AsEnumerable().Reverse().SelectMany(p => p));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task AskingForMoreThanAHundredIsPageSizeExceeded(string type, string field)
    {
        var client = hub.CreateClient();
        foreach (var size in new object[] { new { first = 101 }, new { last = 101 } })
        {
            var response = await client.PostGraphQLAsync(Document(type, field), Merge(new { id = hub.Expected[(type, field)].Id }, size));
            Assert.Equal("PAGE_SIZE_EXCEEDED", response.FirstErrorCode);
        }
    }

    [Fact]
    public async Task CellsPageThroughAWholeDatasetInTableOrderWithoutRepeatsOrGaps()
    {
        var (id, expected) = hub.Cells;
        Assert.True(expected.Count > 200, $"the dataset has only {expected.Count} cells");
        var client = hub.CreateClient();
        foreach (var (filter, wanted) in new (object?, Func<string, bool>)[] { (null, _ => true), (new { sex = new[] { "F" } }, c => c.StartsWith("SEX=F;")) })
        {
            var cells = expected.Where(wanted).ToList();
            var forwards = new List<string>();
            string? after = null;
            do
            {
                var page = await CellPageAsync(client, id, new { first = 30, after, filter });
                Assert.Equal(cells.Count, page["totalCount"]!.GetValue<int>());
                forwards.AddRange(Coordinates(page));
                after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            } while (after is not null);

            var backwards = new List<List<string>>();
            string? before = null;
            do
            {
                var page = await CellPageAsync(client, id, new { last = 100, before, filter });
                backwards.Add(Coordinates(page));
                before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
            } while (before is not null);

            Assert.Equal(cells, forwards);
            Assert.Equal(cells, backwards.AsEnumerable().Reverse().SelectMany(p => p));
        }

        var tooMany = await client.PostGraphQLAsync(
            "query($id: ID!) { node(id: $id) { ... on StatisticsDataset { cells(first: 101) { totalCount } } } }", new { id });
        Assert.Equal("PAGE_SIZE_EXCEEDED", tooMany.FirstErrorCode);
    }

    private static string Document(string type, string field) => $$"""
        query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
          node(id: $id) { ... on {{type}} { list: {{field}}(first: $first, after: $after, last: $last, before: $before) {
            totalCount nodes { code } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }
        }
        """;

    private static async Task<JsonNode> PageAsync(HttpClient client, string type, string field, string id, object paging) =>
        (await client.PostGraphQLAsync(Document(type, field), Merge(new { id }, paging))).EnsureNoErrors().Data["node"]!["list"]!;

    private static async Task<JsonNode> CellPageAsync(HttpClient client, string id, object arguments) =>
        (await client.PostGraphQLAsync("""
            query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: StatisticsCellFilter) {
              node(id: $id) { ... on StatisticsDataset { cells(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
                totalCount nodes { coordinates { dimension { code } code } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }
            }
            """, Merge(new { id }, arguments))).EnsureNoErrors().Data["node"]!["cells"]!;

    private static List<string> Codes(JsonNode page) => [.. page["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>())];

    private static List<string> Coordinates(JsonNode page) =>
        [.. page["nodes"]!.AsArray().Select(n => string.Concat(n!["coordinates"]!.AsArray()
            .Select(c => $"{c!["dimension"]!["code"]!.GetValue<string>()}={c["code"]!.GetValue<string>()};")))];

    private static Dictionary<string, object?> Merge(object a, object b) =>
        new[] { a, b }.SelectMany(o => o.GetType().GetProperties().Select(p => (p.Name, Value: p.GetValue(o)))).ToDictionary(p => p.Name, p => p.Value);

    /// <summary>
    /// Demo data where one public material and one public intervention carry every entry of their vocabularies, with
    /// ties in the sort order so that the id has to break them, and a public table of a few hundred cells.
    /// </summary>
    public sealed class ListsHub : HubFactory
    {
        public Dictionary<(string Type, string Field), (string Id, List<string> Codes)> Expected { get; } = [];

        public (string Id, List<string> Coordinates) Cells { get; private set; }

        private static readonly (string Field, string Scheme)[] MaterialLists =
            [("themes", Schemes.Theme), ("audiences", Schemes.Audience), ("languages", Schemes.Language), ("developmentAreas", Schemes.DevelopmentArea)];

        private static readonly (string Field, string Scheme)[] InterventionLists =
            [("developmentAreas", Schemes.DevelopmentArea), ("targetGroups", Schemes.TargetGroup), ("counties", Schemes.County)];

        public ListsHub() => this.QueryAsync(SeedAsync).GetAwaiter().GetResult();

        private async Task<int> SeedAsync(Hub.Data.HubDbContext db)
        {
            var schemes = MaterialLists.Concat(InterventionLists).Select(l => l.Scheme).Distinct().ToList();
            foreach (var scheme in schemes)
            {
                // The first three entries share a sort order: only the id orders them.
                var tied = await db.VocabularyEntries.Where(v => v.Scheme == scheme).OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Take(3).ToListAsync();
                foreach (var entry in tied) entry.SortOrder = tied[0].SortOrder;
            }
            await db.SaveChangesAsync();

            var material = await db.Materials.Where(m => m.Visibility == Visibility.Public).OrderBy(m => m.Id).FirstAsync();
            await db.MaterialCodes.Where(c => c.MaterialId == material.Id).ExecuteDeleteAsync();
            foreach (var (field, scheme) in MaterialLists)
            {
                var codes = await OrderedCodesAsync(db, scheme);
                // Stored in reverse, so that insertion order cannot pass for listing order.
                db.MaterialCodes.AddRange(codes.AsEnumerable().Reverse().Select(code => new MaterialCode { MaterialId = material.Id, Scheme = scheme, Code = code }));
                Expected[(MaterialType.TypeName, field)] = (GlobalId.Encode(MaterialType.TypeName, material.Id), codes);
            }

            var intervention = await db.Interventions.Where(i => i.Visibility == Visibility.Public).OrderBy(i => i.Id).FirstAsync();
            await db.InterventionCodes.Where(c => c.InterventionId == intervention.Id).ExecuteDeleteAsync();
            foreach (var (field, scheme) in InterventionLists)
            {
                var codes = await OrderedCodesAsync(db, scheme);
                db.InterventionCodes.AddRange(codes.AsEnumerable().Reverse().Select(code => new InterventionCode { InterventionId = intervention.Id, Scheme = scheme, Code = code }));
                Expected[(InterventionType.TypeName, field)] = (GlobalId.Encode(InterventionType.TypeName, intervention.Id), codes);
            }
            await db.SaveChangesAsync();

            var datasets = await db.StatisticsDatasets.AsNoTracking().Where(d => d.Visibility == Visibility.Public).ToListAsync();
            var widest = datasets.OrderByDescending(d => d.Dimensions.Count).ThenBy(d => d.Id).First();
            Expected[(StatisticsDatasetType.TypeName, "dimensions")] = (GlobalId.Encode(StatisticsDatasetType.TypeName, widest.Id), [.. widest.Dimensions]);

            // The demo tables are small: a table of a few hundred cells (as disclosure control would have stored them).
            var now = DateTimeOffset.UtcNow;
            var large = new StatisticsDataset
            {
                OwnerId = datasets[0].OwnerId, Title = "Sidindelning", IndicatorCode = "PARTICIPANTS", Unit = "personer", ReferencePeriod = "2024",
                DimensionCodes = "SEX,COUNTY,AGE_BAND", Visibility = Visibility.Public, CreatedAt = now, UpdatedAt = now,
            };
            db.StatisticsDatasets.Add(large);
            await db.SaveChangesAsync();
            var counties = await db.VocabularyEntries.Where(v => v.Scheme == Schemes.County).Select(v => v.Code).ToListAsync();
            var ages = await db.VocabularyEntries.Where(v => v.Scheme == "AGE_BAND").Select(v => v.Code).ToListAsync();
            var cells = (from sex in new[] { "F", "M", "_T" }
                         from county in counties.Append("_T")
                         from age in ages.Append("_T")
                         select new StatisticsCell { DatasetId = large.Id, Sex = sex, County = county, AgeBand = age, Count = 10, Status = CellStatus.Published }).ToList();
            db.StatisticsCells.AddRange(cells);
            await db.SaveChangesAsync();
            Cells = (GlobalId.Encode(StatisticsDatasetType.TypeName, large.Id),
                [.. cells.OrderBy(c => c.Id).Select(c => string.Concat(new CellView(c, large.Dimensions).Coordinates.Select(x => $"{x.Dimension}={x.Code};")))]);
            return 0;
        }

        private static Task<List<string>> OrderedCodesAsync(Hub.Data.HubDbContext db, string scheme) =>
            db.VocabularyEntries.Where(v => v.Scheme == scheme).OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Select(v => v.Code).ToListAsync();
    }
}
