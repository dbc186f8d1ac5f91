namespace Hub.Statistics.Publishing;

/// <summary>
/// `statistics publish FILE --org AF [--title … --indicator … --period … --visibility … --threshold … --intervention EXTERNAL_ID
/// --external-id … --description … --unit … --method-note …]` (also --name=value).
/// </summary>
public sealed record StatisticsArguments(string Path, string Organisation, IReadOnlyDictionary<string, string> Options)
{
    public const string Usage =
        "Usage: statistics publish FILE --org AF [--title TEXT] [--indicator CODE] [--period 2024] [--visibility PUBLIC|PARTNERS|AGENCIES|OWNER]\n" +
        "       [--threshold 5] [--intervention EXTERNAL_ID] [--external-id ID] [--description TEXT] [--unit TEXT] [--method-note TEXT]";

    /// <summary>The options besides --org, by the input field each fills.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--title"] = "title", ["--indicator"] = "indicator", ["--period"] = "referencePeriod", ["--visibility"] = "visibility",
        ["--threshold"] = "threshold", ["--intervention"] = "interventionExternalId", ["--external-id"] = "externalId",
        ["--description"] = "description", ["--unit"] = "unit", ["--method-note"] = "methodNote",
    };

    public string? this[string option] => Options.GetValueOrDefault(option);

    public static StatisticsArguments? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "publish") return null;
        var positional = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) positional.Add(arg);
            else if (arg.IndexOf('=') is var equals and > 0) values[arg[..equals]] = arg[(equals + 1)..];
            else if (i + 1 < args.Count) values[arg] = args[++i];
            else return null;
        }
        if (positional.Count != 1 || !values.Remove("--org", out var organisation) || values.Keys.Any(k => !FieldOf.ContainsKey(k))) return null;
        return new StatisticsArguments(positional[0], organisation, values);
    }
}
