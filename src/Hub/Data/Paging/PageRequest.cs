using Hub.Errors;

namespace Hub.Data.Paging;

/// <summary>Relay paging arguments, checked once: at most one direction, sizes within bounds.</summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public bool IsBackward => Last is not null || (Before is not null && First is null);

    public int Size => (IsBackward ? Last : First) ?? DefaultSize;

    public string? Cursor => IsBackward ? Before : After;

    /// <summary>The argument the cursor came in, for errors.</summary>
    public string CursorArgument => IsBackward ? "before" : "after";

    public PageRequest Validated()
    {
        if (First is not null && Last is not null)
            throw new HubException(ErrorCodes.BadUserInput, "Pass either `first` or `last`, not both.");
        if (After is not null && Before is not null)
            throw new HubException(ErrorCodes.BadUserInput, "Pass either `after` or `before`, not both.");
        var size = First ?? Last;
        if (size < 0)
            throw new HubException(ErrorCodes.BadUserInput, "Page size must not be negative.",
                new Dictionary<string, object?> { ["argument"] = First is not null ? "first" : "last", ["actual"] = size });
        if (size > MaxSize)
            throw new HubException(ErrorCodes.PageSizeExceeded, $"A page holds at most {MaxSize} items; {size} were asked for.",
                new Dictionary<string, object?> { ["argument"] = First is not null ? "first" : "last", ["limit"] = MaxSize, ["actual"] = size });
        return this;
    }
}
