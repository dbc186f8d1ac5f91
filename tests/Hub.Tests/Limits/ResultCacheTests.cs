using Hub.Tests.Infrastructure;

namespace Hub.Tests.Limits;

/// <summary>Responses to anonymous queries are kept until the database changes, whoever changes it.</summary>
public sealed class ResultCacheTests
{
    private const string Query = "query($n: Int) { materials(first: $n, orderBy: { field: TITLE, direction: ASC }) { nodes { id title } } }";

    [Fact]
    public async Task RepeatedAnonymousQueriesAreAnsweredFromTheCacheUntilAnotherProcessChangesTheData()
    {
        using var hub = new HubFactory();
        var client = hub.CreateClient();

        var first = await client.PostGraphQLAsync(Query, new { n = 3 });
        var again = await client.PostGraphQLAsync(Query, new { n = 3 });
        var otherVariables = await client.PostGraphQLAsync(Query, new { n = 2 });

        Assert.Equal(["miss", "hit", "miss"], new[] { first, again, otherVariables }.Select(CacheHeader));
        Assert.Equal(first.Body, again.Body);
        Assert.Equal(first.Http.Headers.GetValues("X-Hub-Cost"), again.Http.Headers.GetValues("X-Hub-Cost"));

        var id = first.EnsureNoErrors().Data["materials"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var title = first.Data["materials"]!["nodes"]![0]!["title"]!.GetValue<string>();
        await ExecuteInAnotherConnectionAsync(hub, """UPDATE "Materials" SET "Title" = 'AAA ändrad av en annan process' WHERE "Title" = @title""", ("@title", title));

        var afterChange = await client.PostGraphQLAsync(Query, new { n = 3 });
        Assert.Equal("miss", CacheHeader(afterChange));
        Assert.Equal("AAA ändrad av en annan process", afterChange.EnsureNoErrors().Data["materials"]!["nodes"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(id, afterChange.Data["materials"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task VocabularyLabelsChangedByAnotherProcessShowWithoutARestart()
    {
        using var hub = new HubFactory();
        var reader = hub.CreateClientAs("AF", "reader"); // never served from the result cache: this is the vocabulary cache
        const string Themes = "{ materials(first: 1, filter: { themes: [\"INTERPRETING\"] }) { nodes { themes(first: 10) { nodes { code labelSv } } } } }";
        string LabelOf(GraphQLResponse response) => response.EnsureNoErrors().Data["materials"]!["nodes"]![0]!["themes"]!["nodes"]!.AsArray()
            .Single(t => t!["code"]!.GetValue<string>() == "INTERPRETING")!["labelSv"]!.GetValue<string>();
        Assert.NotEqual("Tolkning (ändrad)", LabelOf(await reader.PostGraphQLAsync(Themes)));

        await ExecuteInAnotherConnectionAsync(hub, """UPDATE "VocabularyEntries" SET "LabelSv" = 'Tolkning (ändrad)' WHERE "Scheme" = 'THEME' AND "Code" = 'INTERPRETING'""");

        Assert.Equal("Tolkning (ändrad)", LabelOf(await reader.PostGraphQLAsync(Themes)));
    }

    [Fact]
    public async Task AuthenticatedCallersAndErrorsAreNeverKept()
    {
        using var hub = new HubFactory();
        var reader = hub.CreateClientAs("AF", "reader");
        var anonymous = hub.CreateClient();

        var asReader = new[] { await reader.PostGraphQLAsync(Query, new { n = 3 }), await reader.PostGraphQLAsync(Query, new { n = 3 }) };
        var tooLarge = new[] { await anonymous.PostGraphQLAsync(Query, new { n = 101 }), await anonymous.PostGraphQLAsync(Query, new { n = 101 }) };

        Assert.All(asReader, r => Assert.Null(CacheHeader(r.EnsureNoErrors())));
        Assert.All(tooLarge, r => Assert.Equal(("PAGE_SIZE_EXCEEDED", (string?)null), (r.FirstErrorCode, CacheHeader(r))));
    }

    [Fact]
    public async Task TheCacheCanBeTurnedOff()
    {
        using var hub = new HubFactory();
        hub.Settings["Hub:ResultCache:Enabled"] = "false";
        var client = hub.CreateClient();

        var responses = new[] { await client.PostGraphQLAsync(Query, new { n = 3 }), await client.PostGraphQLAsync(Query, new { n = 3 }) };

        Assert.All(responses, r => Assert.Null(CacheHeader(r.EnsureNoErrors())));
    }

    /// <summary>Runs one statement on a connection of its own to the database file, as a command-line import in another process would.</summary>
    private static async Task ExecuteInAnotherConnectionAsync(HubFactory hub, string sql, params (string Name, object Value)[] parameters)
    {
        Assert.Equal(1, await TestDatabase.ExecuteAsync(hub.DataFolder, sql, parameters));
    }

    private static string? CacheHeader(GraphQLResponse response) =>
        response.Http.Headers.TryGetValues("X-Hub-Cache", out var values) ? values.Single() : null;
}
