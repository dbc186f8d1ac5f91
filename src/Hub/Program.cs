using Hub.Cli;
using Hub.Data;
using Hub.GraphQL;

if (await HubCommands.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHubData(builder.Configuration);
builder.Services.AddHubGraphQL();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapHubGraphQL();
app.MapGet("/", () => Results.Redirect("/graphql"));
await app.RunAsync();
return 0;

public partial class Program;
