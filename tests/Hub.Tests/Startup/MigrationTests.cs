using System.Text.RegularExpressions;
using Hub.Tests.Publishing;

namespace Hub.Tests.Startup;

public sealed partial class MigrationTests
{
    /// <summary>
    /// A migration that already ran in production must do the same forever, so it holds its SQL as it shipped and
    /// never calls into the Hub's live code (which a later change could alter under it).
    /// </summary>
    [Fact]
    public void MigrationsReferNoCodeOutsideTheMigrations()
    {
        var folder = Path.Combine(ImportCommandTests.RepositoryRoot(), "src", "Hub", "Data", "Migrations");
        var migrations = Directory.GetFiles(folder, "*.cs").Where(f => !f.EndsWith(".Designer.cs") && !f.EndsWith("ModelSnapshot.cs")).ToList();

        Assert.NotEmpty(migrations);
        Assert.All(migrations, file =>
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(HubReference(), text);
        });
    }

    // `using Hub.X` or a qualified `Hub.X.` / `Search.`-style reference to another namespace of the Hub.
    [GeneratedRegex(@"using Hub\.(?!Data\.Migrations)|\bHub\.(?!Data\.Migrations)\w+\.|\b(Search|Audit|Publishing|Statistics|Access|GraphQL)\.\w+\.")]
    private static partial Regex HubReference();
}
