namespace Hub.Audit;

/// <summary>`audit verify`: checks the hash chain of the audit trail.</summary>
public static class AuditCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        _ = args;
        Console.Error.WriteLine("Not available yet.");
        return Task.FromResult(1);
    }
}
