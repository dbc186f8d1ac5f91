using System.Reflection;
using Hub.Errors;

namespace Hub.Tests.Schema;

/// <summary>What clients rely on is written down where they look for it.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void EveryErrorCodeIsListedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(Publishing.ImportCommandTests.RepositoryRoot(), "README.md"));
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Assert.All(codes, code => Assert.Contains($"`{code}`", readme));
    }
}
