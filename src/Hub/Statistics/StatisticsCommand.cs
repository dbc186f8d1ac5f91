namespace Hub.Statistics;

/// <summary>`statistics publish FILE --org AF`: anonymises and publishes an aggregated table.</summary>
public static class StatisticsCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("Not available yet.");
        return Task.FromResult(1);
    }
}
