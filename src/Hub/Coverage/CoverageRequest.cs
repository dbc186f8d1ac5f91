using Hub.Kinds;
using Hub.Organisations;

namespace Hub.Coverage;

/// <summary>What a coverage matrix is asked for: which kind of item, counted along which vocabulary, for which organisations.</summary>
/// <param name="Scheme">The vocabulary behind <paramref name="Dimension"/> for this kind.</param>
public sealed record CoverageRequest(InventoryDescriptor Kind, CoverageDimension Dimension, string Scheme, OrganisationFilter Organisations);
