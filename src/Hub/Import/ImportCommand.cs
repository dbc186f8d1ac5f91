namespace Hub.Import;

/// <summary>`import FILE --org AF [--kind materials|interventions] [--dry-run]`.</summary>
public static class ImportCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("Not available yet.");
        return Task.FromResult(1);
    }
}
