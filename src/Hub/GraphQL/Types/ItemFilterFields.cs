using GraphQL.Types;

namespace Hub.GraphQL.Types;

public static class ItemFilterFields
{
    /// <summary>The filter fields every inventory shares; each inventory's filter input adds its own.</summary>
    public static void AddCommon<T>(InputObjectGraphType<T> input, string plural)
    {
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("owners")
            .Description($"Only {plural} owned by these organisations (codes such as AF, MIGR).");
        input.Field<ListGraphType<NonNullGraphType<VisibilityGraphType>>>("visibility")
            .Description($"Only {plural} with one of these visibilities.");
        input.Field<DateTimeOffsetGraphType>("updatedSince").Description($"Only {plural} changed at or after this instant.");
        input.Field<StringGraphType>("text").Description("Free text: every word must occur (as a word or word start) in the title or text.");
        input.Field<BooleanGraphType>("includeRetired").Description($"Include retired {plural} (default false).").DefaultValue(false);
    }
}
