using System.Diagnostics;
using GraphQL;
using GraphQL.Instrumentation;
using Hub.Errors;

namespace Hub.GraphQL.Limits;

/// <summary>
/// The execution timeout of one request, enforced two ways: a timer cancels the request's token at the limit, which
/// interrupts a running SQL statement, and every field reads the clock before it resolves, so a request past its
/// limit stops at its next field even when the timer fires late on a busy machine. A client that goes away cancels
/// the same token, but that is not a timeout.
/// </summary>
public sealed class ExecutionDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly long _started = Stopwatch.GetTimestamp();

    public ExecutionDeadline(TimeSpan limit, CancellationToken requestAborted)
    {
        Limit = limit;
        _source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        _source.CancelAfter(limit);
    }

    public TimeSpan Limit { get; }

    /// <summary>Cancelled when the limit passes or the client goes away.</summary>
    public CancellationToken Token => _source.Token;

    public void ThrowIfPassed()
    {
        if (Stopwatch.GetElapsedTime(_started) >= Limit) _source.Cancel();
        _source.Token.ThrowIfCancellationRequested();
    }

    public ExecutionError Error()
    {
        var limit = (long)Limit.TotalMilliseconds;
        var actual = (long)Stopwatch.GetElapsedTime(_started).TotalMilliseconds;
        return new ExecutionError($"The query ran for {actual} ms; the Hub stops a query after {limit} ms. Ask for less, or page with `first`/`after`.")
        {
            Code = ErrorCodes.Timeout,
            Extensions = new Dictionary<string, object?> { ["limit"] = limit, ["actual"] = actual },
        };
    }

    public void Dispose() => _source.Dispose();

    /// <summary>Reads the clock before every field.</summary>
    public sealed class FieldMiddleware : IFieldMiddleware
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
        {
            context.Hub().Deadline.ThrowIfPassed();
            return next(context);
        }
    }
}
