using Hub.Interventions;
using Hub.Materials;
using Hub.Organisations;

namespace Hub.Coverage;

/// <summary>What a coverage matrix is asked for: which items, counted along which vocabulary, for which organisations.</summary>
public sealed record CoverageRequest(
    CoverageKind Kind,
    CoverageDimension Dimension,
    OrganisationFilter Organisations,
    MaterialFilter MaterialFilter,
    InterventionFilter InterventionFilter);
