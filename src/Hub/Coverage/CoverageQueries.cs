using GraphQL;
using GraphQL.Types;
using Hub.Errors;
using Hub.GraphQL;
using Hub.Kinds;
using Hub.Organisations;
using Hub.Vocabularies;

namespace Hub.Coverage;

public static class CoverageQueries
{
    public static void AddCoverageQueries(this ObjectGraphType query, KindRegistry kinds)
    {
        var field = query.Field<NonNullGraphType<CoverageType>>("coverage")
            .Description("A coverage matrix (täckningsmatris): how many materials or interventions you may see per organisation and vocabulary entry, with the gaps. Counts current items only unless the filter includes retired ones, and agree with the lists: a cell equals `materials(filter: { owners: [org], themes: [entry] }) { totalCount }` (for THEME; likewise for the other dimensions).")
            .Argument<NonNullGraphType<CoverageKindGraphType>>("kind", "What to count: MATERIAL or INTERVENTION.")
            .Argument<NonNullGraphType<CoverageDimensionGraphType>>("dimension", "The vocabulary of the rows; it must be one the kind carries (see CoverageDimension).")
            .Argument<OrganisationFilterInputType>("organisations", "Which organisations become columns (default: all).");
        foreach (var kind in kinds.Counted) kind.AddCoverageFilter(field);
        field.ResolveAsync(async c =>
        {
            var hub = c.Hub();
            var request = Request(c, hub.Kinds);
            return await CoverageCounter.CountAsync(hub, request, request.Kind.CoverageCodes(hub, c, request.Scheme), c.CancellationToken);
        });
    }

    /// <summary>The request, checked: the kind carries the dimension, only its own filter argument is given, and its codes exist.</summary>
    private static CoverageRequest Request(IResolveFieldContext c, KindRegistry kinds)
    {
        var name = c.GetArgument<string>("kind");
        var kind = kinds.Counted.First(k => k.Coverage!.Name == name);
        var dimension = c.GetArgument<CoverageDimension>("dimension");
        var scheme = kind.Coverage!.Dimensions.GetValueOrDefault(dimension)
            ?? throw new HubException(ErrorCodes.BadUserInput,
                $"{name} cannot be counted by {Name(dimension)}; see CoverageDimension for the dimensions of each kind.",
                new Dictionary<string, object?> { ["field"] = "dimension", ["kind"] = name, ["dimension"] = Name(dimension) });
        var used = kind.Coverage.FilterArgument;
        foreach (var other in kinds.Counted.Where(k => k != kind).Select(k => k.Coverage!.FilterArgument))
        {
            if (c.HasArgument(other) && c.GetArgument<object?>(other) is not null)
                throw new HubException(ErrorCodes.BadUserInput, $"`{other}` does not apply to {name}; use `{used}`.",
                    new Dictionary<string, object?> { ["field"] = other });
        }
        CodeCheck.EnsureKnown(c.Hub().Vocabulary, used, kind.CoverageFilterCodes(c));
        return new CoverageRequest(kind, dimension, scheme, c.GetArgument<OrganisationFilter?>("organisations") ?? OrganisationFilter.None);
    }

    private static string Name(CoverageDimension dimension) =>
        string.Concat(dimension.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant();
}
