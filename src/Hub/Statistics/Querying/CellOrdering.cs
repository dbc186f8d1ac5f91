using Hub.Data.Paging;
using Hub.Errors;

namespace Hub.Statistics.Querying;

/// <summary>
/// Table order of a dataset's cells: the order they were stored in, by their (long) id, which is unique and never
/// reused, so the id alone is a stable keyset.
/// </summary>
public sealed class CellOrdering() : Ordering<StatisticsCell>("TABLE_ORDER", descending: false)
{
    public static readonly CellOrdering TableOrder = new();

    public override string CursorOf(StatisticsCell row) => Cursor.Create(Name, row.Id, 0).Encode();

    public override IQueryable<StatisticsCell> Scan(IQueryable<StatisticsCell> source, PageRequest request)
    {
        if (request.Cursor is { } text)
        {
            var id = IdOf(Cursor.Decode(text, Name, request.CursorArgument), request.CursorArgument);
            source = request.IsBackward ? source.Where(c => c.Id < id) : source.Where(c => c.Id > id);
        }
        return (request.IsBackward ? source.OrderByDescending(c => c.Id) : source.OrderBy(c => c.Id)).Take(request.Size + 1);
    }

    private static long IdOf(Cursor cursor, string argument) =>
        cursor.Key.ValueKind == System.Text.Json.JsonValueKind.Number && cursor.Key.TryGetInt64(out var id) ? id : throw Cursor.Invalid(argument);
}
