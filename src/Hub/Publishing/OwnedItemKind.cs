using Hub.Access;
using Hub.Data;
using Hub.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Hub.Publishing;

/// <summary>
/// An item an organisation owns and shares (interventions, materials): matched on the owner's external id,
/// retired rather than deleted, and changed only by the owner's publishers.
/// </summary>
public abstract class OwnedItemKind<T> : ItemKind<T> where T : class, IOwnedItem
{
    public const string ExternalIdName = "externalId";

    public override bool AdminsManage => false;

    public override int? OwnerOf(T item) => item.OwnerId;

    public override bool CanRetire => true;

    public override DateTimeOffset? RetiredAt(T item) => item.RetiredAt;

    /// <summary>Every item of this kind, untracked and unfiltered.</summary>
    protected abstract IQueryable<T> All(HubDbContext db);

    public abstract string? ExternalIdOf(T item);

    public override async Task<IReadOnlyList<FieldProblem>> CheckUniqueAsync(HubDbContext db, T? existing, int? ownerId,
        Func<string, object?> valueOf, CancellationToken cancellationToken)
    {
        if (valueOf(ExternalIdName) is not string externalId || ownerId is null) return [];
        var selfId = existing?.Id ?? 0;
        var taken = await All(db).AnyAsync(i => i.OwnerId == ownerId && i.Id != selfId
            && EF.Property<string?>(i, "ExternalId") == externalId, cancellationToken);
        return taken
            ? [new FieldProblem(ExternalIdName, UserErrorCodes.Duplicate, $"Another {Noun} of your organisation already has the external id '{externalId}'.")]
            : [];
    }

    protected static TextField<T> ExternalIdField(Func<T, string?> get, Action<T, string?> set) =>
        new(ExternalIdName, "Your organisation's own id for the item (externt id), unique among your items; imports match rows on it.", get, set, 100)
            { Aliases = ["externt id", "externtid", "id", "eget id"] };

    protected static IEnumerable<ItemField<T>> ContactFields(Func<T, string?> getName, Action<T, string?> setName,
        Func<T, string?> getEmail, Action<T, string?> setEmail, Func<T, string?> getPhone, Action<T, string?> setPhone) =>
    [
        new TextField<T>("contactName", "Contact person or function (kontaktperson); shown to everyone who sees the item.", getName, setName, 200)
            { Aliases = ["kontaktperson", "kontakt", "kontaktnamn"] },
        new EmailField<T>("contactEmail", "Contact e-mail (e-post); shown to the agencies of the joint plan only.", getEmail, setEmail)
            { Aliases = ["e-post", "epost", "kontakt e-post", "mejl"] },
        new TextField<T>("contactPhone", "Contact phone (telefon); shown to the agencies of the joint plan only.", getPhone, setPhone, 50)
            { Aliases = ["telefon", "telefonnummer", "kontakt telefon"] },
    ];

    protected static EnumField<T, Visibility> VisibilityField(Func<T, Visibility> get, Action<T, Visibility> set) =>
        new("visibility", "Who may read the item (synlighet): PUBLIC, PARTNERS, AGENCIES or OWNER.", typeof(VisibilityGraphType),
            item => get(item), (item, value) => set(item, value!.Value), VisibilityWords)
            { Required = true, Aliases = ["synlighet", "delas med"] };

    private static readonly Dictionary<string, Visibility> VisibilityWords = new()
    {
        ["offentlig"] = Visibility.Public, ["publik"] = Visibility.Public, ["alla"] = Visibility.Public,
        ["partner"] = Visibility.Partners, ["samverkanspartner"] = Visibility.Partners,
        ["myndigheter"] = Visibility.Agencies, ["myndighet"] = Visibility.Agencies,
        ["ägare"] = Visibility.Owner, ["intern"] = Visibility.Owner, ["egen organisation"] = Visibility.Owner,
    };
}
