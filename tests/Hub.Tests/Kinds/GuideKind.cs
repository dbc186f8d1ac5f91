using GraphQL.Types;
using Hub.Access;
using Hub.Data;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Hub.Kinds;
using Hub.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Kinds;

// A kind of item that exists only in this test: guidance documents (vägledningar). Everything a new kind needs is in
// this one file and one registration line (GuideHub); none of the Hub's shared code names it.

/// <summary>A guidance document an organisation publishes.</summary>
public sealed class Guide : IOwnedItem
{
    public int Id { get; set; }
    public int OwnerId { get; set; }
    public string? ExternalId { get; set; }
    public required string Title { get; set; }
    public Visibility Visibility { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public int Version { get; set; }

    /// <summary>
    /// What a migration would create: the table and the search index's triggers (kind code 9). Written for SQLite;
    /// the test creates it because a test's kind has no migration of its own.
    /// </summary>
    public const string SqliteTable = """
        CREATE TABLE Guides (
            Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, OwnerId INTEGER NOT NULL, ExternalId TEXT NULL, Title TEXT NOT NULL,
            Visibility TEXT NOT NULL, CreatedAt INTEGER NOT NULL, UpdatedAt INTEGER NOT NULL, RetiredAt INTEGER NULL, Version INTEGER NOT NULL);
        CREATE TRIGGER Guides_search_insert AFTER INSERT ON Guides BEGIN
            INSERT INTO SearchIndex(rowid, title, summary, body) VALUES (new.Id * 16 + 9, new.Title, '', '');
        END;
        CREATE TRIGGER Guides_search_update AFTER UPDATE OF Title ON Guides BEGIN
            DELETE FROM SearchIndex WHERE rowid = old.Id * 16 + 9;
            INSERT INTO SearchIndex(rowid, title, summary, body) VALUES (new.Id * 16 + 9, new.Title, '', '');
        END;
        """;
}

public sealed record GuideFilter : ItemFilter<Guide>
{
    public override IQueryable<Guide> Apply(IQueryable<Guide> items, HubDbContext db) => ApplyCommon(items, db, GuideDescriptor.SearchName);

    public override IEnumerable<(string Field, string Scheme, IReadOnlyList<string>? Codes)> CodeFields() => [];
}

public sealed class GuideType : ObjectGraphType<Guide>
{
    public GuideType()
    {
        Name = GuideDescriptor.GraphQLName;
        Description = "A guidance document (vägledning).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Guide;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field(g => g.Title).Description("Title.");
        Field(g => g.Version).Description("Version.");
    }
}

public sealed class GuideConnectionType() : ConnectionGraphType<GuideType, Guide>(GuideDescriptor.GraphQLName, "guides");

public sealed class GuideFilterInputType : InputObjectGraphType<GuideFilter>
{
    public GuideFilterInputType()
    {
        Name = "GuideFilter";
        Description = "Narrows a list of guides.";
        ItemFilterFields.AddCommon(this, "guides");
    }
}

public sealed class GuideInputs : OwnedItemKind<Guide>
{
    public static readonly GuideInputs Kind = new();

    public override string Key => GuideDescriptor.DomainKey;

    public override string Noun => "guide";

    public override IReadOnlyList<ItemField<Guide>> Fields { get; } =
    [
        ExternalIdField(g => g.ExternalId, (g, v) => g.ExternalId = v),
        new TextField<Guide>("title", "Title (titel).", g => g.Title, (g, v) => g.Title = v!, 300) { Required = true, Aliases = ["titel"] },
        VisibilityField(g => g.Visibility, (g, v) => g.Visibility = v),
    ];

    public override Guide New(int? ownerId) => new() { OwnerId = ownerId!.Value, Title = "" };

    public override IQueryable<Guide> Tracked(HubDbContext db) => db.Set<Guide>();

    protected override IQueryable<Guide> All(HubDbContext db) => db.Set<Guide>();

    public override int VersionOf(Guide item) => item.Version;

    public override string? ExternalIdOf(Guide item) => item.ExternalId;

    public override void Stamp(Guide item, int version, DateTimeOffset at)
    {
        item.Version = version;
        item.UpdatedAt = at;
        if (version == 1) item.CreatedAt = at;
    }

    public override void Retire(Guide item, DateTimeOffset at) => item.RetiredAt = at;
}

public sealed class GuideDescriptor : InventoryDescriptor<Guide, GuideFilter, GuideType, GuideConnectionType, GuideFilterInputType>
{
    public const string DomainKey = "guide";
    public const string GraphQLName = "Guide";
    public const string SearchName = "GUIDE";

    public override string Key => DomainKey;

    public override string TypeName => GraphQLName;

    public override OwnedItemKind<Guide> Publishing => GuideInputs.Kind;

    public override ListFacet List { get; } = new("guides", "guides", "Guides you may see.", "Which guides to list.", "The guides this organisation owns.");

    public override SearchFacet Search { get; } = new(SearchName, "Guidance documents.", IndexCode: 9);

    public override ImportFacet Import { get; } = new("GUIDES", "Guidance documents.", Position: 2);

    public override MutationFacet Mutations { get; } = new("Guide", "Publishes a guide.", "Changes a guide.", "Retires a guide.",
        "A new guide.", "Changes to a guide.", "The guide to retire.", ItemField: "guide");

    public override void ConfigureModel(ModelBuilder model) => model.Entity<Guide>(e =>
    {
        e.ToTable("Guides");
        e.Property(g => g.Title).HasMaxLength(300);
        e.Property(g => g.Version).IsConcurrencyToken();
    });
}
