using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hub.Tests.Schema;

/// <summary>Every example a new agency developer starts from runs against the demo data; its result is reviewed as a snapshot.</summary>
public sealed class ExampleOperationTests(DemoHub hub) : IClassFixture<DemoHub>
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SchemaFileTests.RepositoryRoot(), "schema", "examples"), "*.graphql").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ExampleRunsAgainstTheDemoData(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(SchemaFileTests.RepositoryRoot(), "schema", "examples", file));
        var response = await hub.CreateClient().PostGraphQLAsync(query);
        response.EnsureNoErrors();
        var data = response.Data.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        // Relevance (bm25 on SQLite, ts_rank on PostgreSQL) and snippets are the engine's own: search has a snapshot per engine.
        var name = Path.GetFileNameWithoutExtension(file);
        if (TestDatabase.IsPostgres && name.EndsWith("search", StringComparison.Ordinal)) name += "-postgres";
        Snapshot.Match(data, SnapshotNameExtension.Create(name));
    }
}
