using System.Text.RegularExpressions;
using Hub.Data;
using Hub.GraphQL.Types;
using Hub.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Organisations;

/// <summary>The fields admins set on an organisation. The code is fixed at creation: tokens and partner lists use it.</summary>
public sealed partial class OrganisationInputs : ItemKind<Organisation>
{
    public static readonly OrganisationInputs Kind = new();

    public override string Key => Access.ItemKinds.Organisation;

    public override string Noun => "organisation";

    public override bool AdminsManage => true;

    public override IReadOnlyList<ItemField<Organisation>> Fields { get; } =
    [
        new PatternField<Organisation>("code", "Short code used in tokens and lists, e.g. LST-AB; capital letters, digits and hyphens. Cannot be changed later.",
            o => o.Code, (o, v) => o.Code = v!, 32, CodeForm(), "capital letters, digits and hyphens, starting with a letter (e.g. LST-AB)")
            { Required = true, CreateOnly = true },
        new TextField<Organisation>("name", "Name in Swedish, e.g. Länsstyrelsen i Stockholms län.", o => o.Name, (o, v) => o.Name = v!, 200) { Required = true },
        new TextField<Organisation>("nameEn", "Name in English.", o => o.NameEn, (o, v) => o.NameEn = v, 200),
        new EnumField<Organisation, OrganisationKind>("kind", "What kind of body it is.", typeof(OrganisationKindGraphType),
            o => o.Kind, (o, v) => o.Kind = v!.Value, new Dictionary<string, OrganisationKind>()) { Required = true },
        new BoolField<Organisation>("isPlanAgency", "True for the agencies of the joint plan, who see AGENCIES items; false (default) for partners.",
            o => o.IsPlanAgency, (o, v) => o.IsPlanAgency = v),
        new UrlField<Organisation>("webUrl", "The organisation's website.", o => o.WebUrl, (o, v) => o.WebUrl = v),
    ];

    public override Organisation New(int? ownerId) => new() { Code = "", Name = "" };

    public override IQueryable<Organisation> Tracked(HubDbContext db) => db.Organisations;

    /// <summary>An organisation's own audit trail belongs to it.</summary>
    public override int? OwnerOf(Organisation item) => item.Id;

    public override int VersionOf(Organisation item) => item.Version;

    public override void Stamp(Organisation item, int version, DateTimeOffset at)
    {
        item.Version = version;
        item.UpdatedAt = at;
    }

    public override async Task<IReadOnlyList<FieldProblem>> CheckUniqueAsync(HubDbContext db, Organisation? existing, int? ownerId,
        Func<string, object?> valueOf, CancellationToken cancellationToken) =>
        existing is null && valueOf("code") is string code && await db.Organisations.AnyAsync(o => o.Code == code, cancellationToken)
            ? [new FieldProblem("code", UserErrorCodes.Duplicate, $"An organisation with the code {code} exists already.")]
            : [];

    [GeneratedRegex("^[A-Z][A-Z0-9-]*$")]
    private static partial Regex CodeForm();
}
