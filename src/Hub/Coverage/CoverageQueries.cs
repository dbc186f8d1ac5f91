using GraphQL;
using GraphQL.Types;
using Hub.Errors;
using Hub.GraphQL;
using Hub.Interventions;
using Hub.Materials;
using Hub.Organisations;
using Hub.Vocabularies;

namespace Hub.Coverage;

public static class CoverageQueries
{
    public static void AddCoverageQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<CoverageType>>("coverage")
            .Description("A coverage matrix (täckningsmatris): how many materials or interventions you may see per organisation and vocabulary entry, with the gaps. Counts current items only unless the filter includes retired ones, and agree with the lists: a cell equals `materials(filter: { owners: [org], themes: [entry] }) { totalCount }` (for THEME; likewise for the other dimensions).")
            .Argument<NonNullGraphType<CoverageKindGraphType>>("kind", "What to count: MATERIAL or INTERVENTION.")
            .Argument<NonNullGraphType<CoverageDimensionGraphType>>("dimension", "The vocabulary of the rows; it must be one the kind carries (see CoverageDimension).")
            .Argument<OrganisationFilterInputType>("organisations", "Which organisations become columns (default: all).")
            .Argument<MaterialFilterInputType>("materialFilter", "Counts only the materials this filter lets through (kind MATERIAL only).")
            .Argument<InterventionFilterInputType>("interventionFilter", "Counts only the interventions this filter lets through (kind INTERVENTION only).")
            .ResolveAsync(async c =>
            {
                var hub = c.Hub();
                var request = new CoverageRequest(
                    c.GetArgument<CoverageKind>("kind"),
                    c.GetArgument<CoverageDimension>("dimension"),
                    c.GetArgument<OrganisationFilter?>("organisations") ?? OrganisationFilter.None,
                    c.GetArgument<MaterialFilter?>("materialFilter") ?? MaterialFilter.None,
                    c.GetArgument<InterventionFilter?>("interventionFilter") ?? InterventionFilter.None);
                var scheme = Validate(c, request);
                return await CoverageCounter.CountAsync(hub, request, scheme, c.CancellationToken);
            });

    private static string Validate(IResolveFieldContext c, CoverageRequest request)
    {
        var scheme = CoverageDimensions.SchemeFor(request.Kind, request.Dimension)
            ?? throw new HubException(ErrorCodes.BadUserInput,
                $"{Name(request.Kind)} cannot be counted by {Name(request.Dimension)}; see CoverageDimension for the dimensions of each kind.",
                new Dictionary<string, object?> { ["field"] = "dimension", ["kind"] = Name(request.Kind), ["dimension"] = Name(request.Dimension) });
        var (unused, used) = request.Kind == CoverageKind.Material ? ("interventionFilter", "materialFilter") : ("materialFilter", "interventionFilter");
        if (c.HasArgument(unused) && c.GetArgument<object?>(unused) is not null)
            throw new HubException(ErrorCodes.BadUserInput, $"`{unused}` does not apply to {Name(request.Kind)}; use `{used}`.",
                new Dictionary<string, object?> { ["field"] = unused });
        var codes = request.Kind == CoverageKind.Material ? request.MaterialFilter.CodeFields() : request.InterventionFilter.CodeFields();
        CodeCheck.EnsureKnown(c.Hub().Vocabulary, used, codes);
        return scheme;
    }

    private static string Name(CoverageKind kind) => kind == CoverageKind.Material ? "MATERIAL" : "INTERVENTION";

    private static string Name(CoverageDimension dimension) =>
        string.Concat(dimension.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant();
}
