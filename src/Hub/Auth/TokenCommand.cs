namespace Hub.Auth;

/// <summary>`token --org AF --role publisher [--expires 8h]`: prints a development token.</summary>
public static class TokenCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("Not available yet.");
        return Task.FromResult(1);
    }
}
