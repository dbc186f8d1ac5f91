using Hub.Access;

namespace Hub.Auth;

/// <summary>
/// `token --org AF --role publisher [--role admin] [--expires 8h] [--sub name]`: prints a development token signed
/// with the key in the Hub's data folder (created there if missing). It reads the configuration exactly as the
/// server does, so the token is signed by the key, and for the audience, that the server will check.
/// </summary>
public static class TokenCommand
{
    private const string Usage = "Usage: token --org AF [--role reader|publisher|admin]… [--expires 8h] [--sub name]";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <param name="settings">Settings that win over every other source (tests use them for Hub:DataFolder).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (!TryParse(args, out var organisation, out var roles, out var lifetime, out var subject, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }
        // The same sources in the same order as the server: appsettings(.Environment).json, user secrets, environment variables.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        var hub = builder.Configuration.GetSection(HubOptions.Section).Get<HubOptions>() ?? new HubOptions();
        var auth = builder.Configuration.GetSection(HubAuthOptions.Section).Get<HubAuthOptions>() ?? new HubAuthOptions();
        var key = DevelopmentSigningKey.LoadOrCreate(hub.ResolveDataFolder());
        var issued = DevelopmentTokens.Create(key, auth.Audience, organisation, roles, subject, lifetime);
        await output.WriteLineAsync(issued.Token);
        await error.WriteLineAsync($"Development token for {organisation} ({string.Join(", ", roles)}), valid until {issued.ExpiresAt:yyyy-MM-dd HH:mm}Z, signed with {key.Path}.");
        if (!auth.DevelopmentIssuer.IsEnabled(builder.Environment))
            await error.WriteLineAsync($"Note: in the {builder.Environment.EnvironmentName} environment the Hub refuses development tokens unless Hub__Auth__DevelopmentIssuer__Enabled=true.");
        return 0;
    }

    private static bool TryParse(string[] args, out string organisation, out List<string> roles, out TimeSpan lifetime, out string? subject, out string problem)
    {
        organisation = "";
        roles = [];
        lifetime = DevelopmentTokens.DefaultLifetime;
        subject = null;
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null || value.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"'{args[i]}' needs a value.";
                return false;
            }
            switch (args[i])
            {
                case "--org": organisation = value.Trim(); break;
                case "--role" or "--roles": roles.AddRange(value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)); break;
                case "--expires" when Lifetimes.TryParse(value, out lifetime): break;
                case "--expires":
                    problem = $"'{value}' is not a lifetime such as 30m, 8h or 2d (at most {Lifetimes.Longest.TotalDays} days).";
                    return false;
                case "--sub": subject = value; break;
                default:
                    problem = $"Unknown option '{args[i]}'.";
                    return false;
            }
            i++;
        }
        if (organisation.Length == 0) problem = "Name the organisation with --org, e.g. --org AF.";
        else if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown) problem = $"'{unknown}' is not a role; use {string.Join(", ", Roles.All.Order())}.";
        if (roles.Count == 0) roles.Add(Roles.Reader);
        roles = roles.Distinct().ToList();
        return problem.Length == 0;
    }
}
