using Hub.Access;
using Hub.Bench.Inventory;
using Hub.Data;
using Hub.GraphQL;
using Hub.Materials;
using Hub.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Bench.Operations;

/// <summary>The operations measured, with parameters drawn from the generated inventory.</summary>
public static class OperationCatalogue
{
    /// <summary>Common themes and target groups, so the filtered first pages are full and cheap to find.</summary>
    private static readonly string[] Themes = ["EQUAL_TREATMENT", "GENDER_EQUALITY", "RIGHTS_AND_OBLIGATIONS", "LABOUR_MARKET"];
    private static readonly string[] TargetGroups = ["UNEMPLOYED_FOREIGN_BORN_WOMEN", "FAMILY_MIGRANTS", "NEWLY_ARRIVED", "FAR_FROM_LABOUR_MARKET"];

    /// <summary>Words people look for: a phrase word (about one item in eight), a place (one in forty), a demo-text word.</summary>
    public static readonly string[] SearchTerms = ["samhällsorientering", "Sundsvall", "tolk", "Kiruna", "lättläst", "Botkyrka", "föräldralediga", "Visby"];

    /// <param name="withCompare">Whether the served schema has `compare` (issue 6); without it (e) is not measured.</param>
    public static async Task<IReadOnlyList<Operation>> CreateAsync(string dataFolder, int seed, bool withCompare, CancellationToken ct)
    {
        var (nodeIds, datasetIds) = await PublicIdsAsync(dataFolder, seed, ct);
        List<Operation> operations =
        [
            new Operation("materials", "(a) material list, filtered by theme, with owner and themes (first: 20)", isList: true, Queries.MaterialList,
                Themes.Select(t => (object)new { filter = new { themes = new[] { t } } }).ToList(),
                Themes.Select(t => $"/baseline/materials?theme={Uri.EscapeDataString(t)}").ToList()),
            new Operation("search", "(b) search, first: 20, with item and owner", isList: false, Queries.Search,
                SearchTerms.Select(q => (object)new { query = q }).ToList(),
                SearchTerms.Select(q => $"/baseline/search?q={Uri.EscapeDataString(q)}").ToList()),
            new Operation("node", "(c) node by id (a material with its codes and owner)", isList: false, Queries.Node,
                nodeIds.Select(id => (object)new { id }).ToList(),
                nodeIds.Select(id => $"/baseline/node?id={Uri.EscapeDataString(id)}").ToList()),
            new Operation("interventions", "(d) intervention list, filtered by target group, with owner, target groups and partners (first: 20, partners first: 5)",
                isList: true, Queries.InterventionList,
                TargetGroups.Select(t => (object)new { filter = new { targetGroups = new[] { t } } }).ToList(),
                TargetGroups.Select(t => $"/baseline/interventions?targetGroup={Uri.EscapeDataString(t)}").ToList()),
        ];
        if (withCompare)
            operations.Add(new Operation("compare", "(e) dataset `compare(by: SEX, reference: \"M\")` through `node`", isList: false, Queries.Compare,
                datasetIds.Select(id => (object)new { id }).ToList(),
                datasetIds.Select(id => $"/baseline/compare?id={Uri.EscapeDataString(id)}&by=SEX&reference=M").ToList()));
        return operations;
    }

    /// <summary>`{ __typename }` against a bare endpoint: the fixed cost of a GraphQL request.</summary>
    public static Operation Typename() => new("typename", "(f) `{ __typename }`: fixed cost of the GraphQL pipeline, no database", isList: false,
        Queries.Typename, [new { }], ["/baseline/typename"]);

    /// <summary>Global ids of public materials and datasets, drawn at random (the same for every run with one seed).</summary>
    private static async Task<(List<string> Materials, List<string> Datasets)> PublicIdsAsync(string dataFolder, int seed, CancellationToken ct)
    {
        await using var services = BenchDatabase.Services(dataFolder);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var materials = await db.Materials.Where(m => m.Visibility == Visibility.Public && m.RetiredAt == null).Select(m => m.Id).ToListAsync(ct);
        var datasets = await db.StatisticsDatasets.Where(d => d.Visibility == Visibility.Public && d.RetiredAt == null).Select(d => d.Id).ToListAsync(ct);
        var random = new Random(seed);
        return (materials.OrderBy(_ => random.Next()).Take(256).Select(id => GlobalId.Encode(MaterialType.TypeName, id)).ToList(),
            datasets.OrderBy(_ => random.Next()).Take(64).Select(id => GlobalId.Encode(StatisticsDatasetType.TypeName, id)).ToList());
    }
}
