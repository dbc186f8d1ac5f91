namespace Hub.Import;

/// <summary>The import verb's arguments: FILE --org AF [--kind materials|interventions] [--dry-run] (also --org=AF).</summary>
public sealed record ImportArguments(string Path, string Organisation, string? Kind, bool DryRun)
{
    public static ImportArguments? Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var dryRun = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--dry-run") dryRun = true;
            else if (!arg.StartsWith("--", StringComparison.Ordinal)) positional.Add(arg);
            else if (arg.IndexOf('=') is var equals and > 0) values[arg[..equals]] = arg[(equals + 1)..];
            else if (i + 1 < args.Count) values[arg] = args[++i];
            else return null;
        }
        if (positional.Count != 1 || !values.TryGetValue("--org", out var organisation) || values.Keys.Any(k => k is not ("--org" or "--kind")))
            return null;
        return new ImportArguments(positional[0], organisation, values.GetValueOrDefault("--kind"), dryRun);
    }
}
