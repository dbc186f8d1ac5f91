using GraphQL.Types;
using Hub.Cli;
using Hub.GraphQL;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Schema;

public sealed class SchemaFileTests(DemoHub hub) : IClassFixture<DemoHub>
{
    [Fact]
    public void ServedSchemaMatchesTheCheckedInSdl()
    {
        var served = SchemaCommand.Print(hub.Services.GetRequiredService<HubSchema>());
        var file = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema", "hub.graphql")).ReplaceLineEndings("\n");
        Assert.True(served == file,
            "schema/hub.graphql differs from the served schema. If the change is deliberate, run " +
            "`dotnet run --project src/Hub -- schema export` and review the diff.");
    }

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValueHasADescription()
    {
        var schema = hub.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        var missing = new List<string>();
        string[] specifiedScalars = ["String", "Boolean", "ID", "Int", "Float"]; // defined by the GraphQL specification
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__") && !specifiedScalars.Contains(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
            if (type is EnumerationGraphType enumeration)
                foreach (var value in enumeration.Values)
                    if (string.IsNullOrWhiteSpace(value.Description)) missing.Add($"{type.Name}.{value.Name}");
        }
        Assert.True(missing.Count == 0, "Missing descriptions: " + string.Join(", ", missing));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln"))) return dir.FullName;
        throw new InvalidOperationException("Hub.sln not found above the test binaries.");
    }
}
