using Hub.Auth;
using Hub.Cli;
using Hub.Data;
using Hub.GraphQL;
using Hub.GraphQL.Transport;
using Hub.Operations;
using Hub.Publishing;
using Hub.Statistics;
using Hub.Viewer;

if (await HubCommands.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
if (DataServiceCollectionExtensions.ConfigurationProblem(builder.Configuration) is { } databaseProblem)
{
    Console.Error.WriteLine($"The Hub cannot start: {databaseProblem}");
    return 2;
}
builder.Services.AddHubData(builder.Configuration);
builder.Services.AddHubAuth(builder.Configuration, builder.Environment);
builder.Services.AddHubGraphQL();
builder.Services.AddHubReverseProxy(builder.Configuration);
builder.Services.AddHubHttpProtection(builder.Configuration);
builder.Services.AddHubCors(builder.Configuration);
builder.Services.AddHubPublishing();
builder.Services.AddHubHealth();

var app = builder.Build();
app.UseHubReverseProxy();
app.UseHubSecurityHeaders();
app.UseStaticFiles();
app.UseHubCors();
app.UseHubAuth();
app.UseHubHttpProtection();
app.MapHubGraphQL();
app.MapViewer();
app.MapStatisticsExports();
app.MapHubHealth();
await app.RunAsync();
return 0;

public partial class Program;
