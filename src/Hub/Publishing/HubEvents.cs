namespace Hub.Publishing;

/// <summary>One committed change of one item. Raised after the transaction commits, never for a rolled-back one.</summary>
/// <param name="Item">Which item, in the domain's terms (the GraphQL layer maps it to a global id).</param>
/// <param name="Operation">CREATE, UPDATE or RETIRE.</param>
/// <param name="Version">The item's version after the change.</param>
/// <param name="Owner">The owning organisation's code; null for vocabulary entries.</param>
/// <param name="AuditSequence">The audit entry that records the change.</param>
public sealed record ItemChanged(Access.ItemRef Item, string Operation, int Version, string? Owner, int AuditSequence, DateTimeOffset At);

/// <summary>
/// The in-process stream of committed changes, so that notifications and caches can follow changes without touching
/// the write path. Subscribers run synchronously after the commit; one that has slow work should queue it.
/// </summary>
public interface IHubEvents
{
    IDisposable Subscribe(Action<ItemChanged> subscriber);

    void Raise(IReadOnlyList<ItemChanged> changes);
}

public sealed class HubEvents(ILogger<HubEvents> logger) : IHubEvents
{
    private readonly Lock _gate = new();
    private Action<ItemChanged>[] _subscribers = [];

    public IDisposable Subscribe(Action<ItemChanged> subscriber)
    {
        lock (_gate) _subscribers = [.. _subscribers, subscriber];
        return new Subscription(() =>
        {
            lock (_gate) _subscribers = [.. _subscribers.Where(s => s != subscriber)];
        });
    }

    public void Raise(IReadOnlyList<ItemChanged> changes)
    {
        var subscribers = _subscribers;
        foreach (var change in changes)
            foreach (var subscriber in subscribers)
            {
                try
                {
                    subscriber(change);
                }
                catch (Exception e)
                {
                    // The change is committed; a failing subscriber must not turn it into an error for the publisher.
                    logger.LogError(e, "A subscriber failed on {Operation} of {ItemId}", change.Operation, change.Item);
                }
            }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
