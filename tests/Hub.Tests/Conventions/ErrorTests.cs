using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Conventions;

public sealed class ErrorTests
{
    [Fact]
    public async Task UnexpectedFailureCarriesACorrelationIdAndNoStackTrace()
    {
        using var hub = new HubFactory();
        await hub.QueryAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgres
            ? "DROP TABLE \"MaterialCodes\";"
            : "DROP TRIGGER Materials_search_delete; DROP TABLE MaterialCodes;"));
        var response = await hub.CreateClient().PostGraphQLAsync("{ materials(first: 1) { nodes { themes { nodes { code } } } } }");
        Assert.Equal("INTERNAL_SERVER_ERROR", response.FirstErrorCode);
        var correlationId = response.Errors![0]!["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.Contains(correlationId, response.Errors[0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain("SqliteException", response.Body);
        Assert.DoesNotContain("PostgresException", response.Body);
        Assert.DoesNotContain(" at ", response.Body);
    }
}
