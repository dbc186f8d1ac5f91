using Hub.Coverage;

namespace Hub.Kinds;

/// <summary>How an inventory is listed: its field on Query and on Organisation, with the descriptions the schema shows.</summary>
/// <param name="Field">The list field's name, e.g. "materials", on Query and on Organisation alike.</param>
/// <param name="Plural">What the items are called in generated descriptions ("materials", "statistics datasets").</param>
public sealed record ListFacet(string Field, string Plural, string Description, string FilterDescription, string OwnedDescription);

/// <summary>Search covers the kind: its value of the SearchKind enum and its code in the search index (never reuse one).</summary>
public sealed record SearchFacet(string Name, string Description, int IndexCode);

/// <summary>
/// The kind can be imported from a spreadsheet (its InventoryKind value) and created, updated and retired one by
/// one (its mutations); both use the kind's publishing declaration (<see cref="Publishing.OwnedItemKind{T}"/>).
/// </summary>
/// <param name="Position">Where the kind's value stands in the InventoryKind enum; the enum's published order predates the registry.</param>
public sealed record ImportFacet(string Name, string Description, int Position);

/// <summary>The create, update and (for kinds that retire) retire mutations of a kind and their types.</summary>
/// <param name="Name">What the mutations and their types are named after: "Material" gives createMaterial, CreateMaterialInput, MaterialPayload.</param>
/// <param name="ItemField">The payload's field holding the item, e.g. "material".</param>
/// <param name="Policy">Who may call them (<see cref="Auth.Policies"/>); <see cref="Publishing.Ownership"/> adds whose items.</param>
public sealed record MutationFacet(
    string Name,
    string CreateDescription, string UpdateDescription, string? RetireDescription,
    string CreateInputDescription, string UpdateInputDescription, string? RetireInputDescription,
    string ItemField, string Policy = Auth.Policies.Publisher);

/// <summary>Coverage matrices count the kind: its CoverageKind value, its filter argument and the dimensions it carries.</summary>
/// <param name="Position">Where the kind stands in the CoverageKind enum and among the coverage field's filter arguments.</param>
/// <param name="Dimensions">The vocabulary scheme behind each dimension the kind carries.</param>
public sealed record CoverageFacet(string Name, string Description, int Position, string FilterArgument, string FilterArgumentDescription,
    IReadOnlyDictionary<CoverageDimension, string> Dimensions);

/// <summary>One item's owner and one of its codes: what a coverage matrix counts.</summary>
public sealed class OwnerCode
{
    public int OwnerId { get; init; }
    public required string Code { get; init; }
}
