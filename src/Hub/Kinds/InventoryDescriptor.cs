using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.Access;
using Hub.Data;
using Hub.GraphQL;
using Hub.GraphQL.DataLoading;
using Hub.GraphQL.Paging;
using Hub.GraphQL.Types;
using Hub.Import;
using Hub.Organisations;
using Hub.Publishing;
using Hub.Search;
using Microsoft.EntityFrameworkCore;

namespace Hub.Kinds;

/// <summary>
/// An inventory: items an organisation owns and shares by visibility (interventions, materials, datasets). What the
/// shared code asks of every inventory, whatever its entity; <see cref="InventoryDescriptor{T,TFilter,TGraph,TConnection,TFilterInput}"/>
/// answers it once for all of them, so a kind only declares its names and its own rules.
/// </summary>
public abstract class InventoryDescriptor : KindDescriptor
{
    public abstract ListFacet List { get; }

    /// <summary>Set when search covers the kind.</summary>
    public virtual SearchFacet? Search => null;

    /// <summary>Set when the kind can be imported from a spreadsheet (needs <see cref="Publishing"/>).</summary>
    public virtual ImportFacet? Import => null;

    /// <summary>Set when the kind has create, update and retire mutations (needs <see cref="Publishing"/>).</summary>
    public virtual MutationFacet? Mutations => null;

    /// <summary>Set when coverage matrices count the kind.</summary>
    public virtual CoverageFacet? Coverage => null;

    /// <summary>The GraphQL object type that shows an item (a member of the SearchResultItem union when searchable).</summary>
    public abstract Type GraphType { get; }

    public abstract void AddList(ObjectGraphType query);

    public abstract void AddOwnedList(ObjectGraphType<Organisation> organisation);

    /// <summary>Hits of this kind whose item the caller may see and that is current, as a condition on the hit (SQL).</summary>
    public abstract Expression<Func<SearchHit, bool>> VisibleHit(HubDbContext db, Caller caller);

    /// <summary>How many of the file's columns the kind does not know: the import command guesses the kind by it.</summary>
    public abstract int UnknownColumns(IReadOnlyList<string> columns);

    public abstract void EnsureMayImport(Ownership ownership, Caller caller);

    public abstract Task<ImportReport> ImportAsync(InventoryImport import, HubDbContext db, Actor actor, string organisation, ImportFile file,
        bool dryRun, IProgress<string>? progress, CancellationToken cancellationToken);

    /// <summary>Declares the coverage field's filter argument for this kind.</summary>
    public abstract void AddCoverageFilter(FieldBuilder<object?, object> coverage);

    /// <summary>The vocabulary codes the coverage field's filter argument names, for validation.</summary>
    public abstract IEnumerable<(string Field, string Scheme, IReadOnlyList<string>? Codes)> CoverageFilterCodes(IResolveFieldContext context);

    /// <summary>Each visible item's owner and code of <paramref name="scheme"/>, after the coverage field's filter argument (SQL).</summary>
    public abstract IQueryable<OwnerCode> CoverageCodes(HubRequestContext hub, IResolveFieldContext context, string scheme);
}

/// <summary>
/// Everything an inventory kind shares with the others, written once: the list on Query and on Organisation, the
/// look-up by id, search visibility, import, the create/update/retire mutations and coverage counting. A kind
/// derives from it, names its entity and types and fills in the facets it has.
/// </summary>
public abstract class InventoryDescriptor<T, TFilter, TGraph, TConnection, TFilterInput> : InventoryDescriptor
    where T : class, IOwnedItem
    where TFilter : ItemFilter<T>, new()
    where TGraph : IGraphType
    where TConnection : IGraphType
    where TFilterInput : IInputObjectGraphType
{
    private ItemMutationSet<T, TGraph>? _mutations;

    /// <summary>What publishers set on the kind; required by import and mutations.</summary>
    public virtual OwnedItemKind<T>? Publishing => null;

    /// <summary>Each item's owner and code of <paramref name="scheme"/> (a single-valued code or its list of codes); required by coverage.</summary>
    protected virtual IQueryable<OwnerCode> CodesOf(IQueryable<T> items, string scheme) =>
        throw new NotSupportedException($"{Key} declares no coverage.");

    public override Type GraphType => typeof(TGraph);

    public override IDataLoaderResult<object?> Load(HubRequestContext hub, int id) => hub.VisibleById<T>(id).Then(item => (object?)item);

    public override Task<bool> ExistsForAsync(HubRequestContext hub, int id, bool admin, CancellationToken cancellationToken) =>
        (admin ? hub.Db.Set<T>() : hub.Db.Set<T>().VisibleTo(hub.Caller)).AnyAsync(i => i.Id == id, cancellationToken);

    public override void AddList(ObjectGraphType query) =>
        query.Connection<object?, TConnection>(List.Field, List.Description)
            .Argument<TFilterInput>("filter", List.FilterDescription)
            .Argument<ItemOrderInputType>("orderBy", "Order of the list (default: title).")
            .ResolveAsync(async c =>
            {
                var hub = c.Hub();
                var visible = c.Filter<T, TFilter>().Apply(hub.Db.Set<T>().AsNoTracking().VisibleTo(hub.Caller), hub.Db);
                return await c.Ordering<T>().PageAsync(visible, c.Paging(), c.CancellationToken);
            });

    public override void AddOwnedList(ObjectGraphType<Organisation> organisation) =>
        organisation.Connection<Organisation, TConnection>(List.Field, List.OwnedDescription)
            .Argument<TFilterInput>("filter", List.FilterDescription)
            .Argument<ItemOrderInputType>("orderBy", "Order of the list (default: title).")
            .Resolve(c => c.Hub().OwnedBy(c.Source.Id, c.Filter<T, TFilter>(), c.Ordering<T>(), c.Paging(), c.ArgumentsKey()));

    public override Expression<Func<SearchHit, bool>> VisibleHit(HubDbContext db, Caller caller)
    {
        var kind = Search?.Name ?? throw new NotSupportedException($"Search does not cover {Key}.");
        var items = db.Set<T>().VisibleTo(caller).Where(i => i.RetiredAt == null);
        // Each hit looks its own item up by key (EXISTS): cheap however many items there are.
        return h => h.Kind == kind && items.Any(i => i.Id == h.ItemId);
    }

    public override int UnknownColumns(IReadOnlyList<string> columns) => ImportColumns.Unknown(PublishingOrThrow, columns);

    public override void EnsureMayImport(Ownership ownership, Caller caller) =>
        ownership.EnsureMayChange(caller, PublishingOrThrow, caller.OrganisationId);

    public override Task<ImportReport> ImportAsync(InventoryImport import, HubDbContext db, Actor actor, string organisation, ImportFile file,
        bool dryRun, IProgress<string>? progress, CancellationToken cancellationToken) =>
        import.RunAsync(db, actor, organisation, Import?.Name ?? throw new NotSupportedException($"{Key} cannot be imported."),
            PublishingOrThrow, file, dryRun, progress, cancellationToken);

    public override void AddMutations(ObjectGraphType mutation)
    {
        if (Mutations is not { } names) return;
        (_mutations ??= new ItemMutationSet<T, TGraph>(PublishingOrThrow, names)).AddTo(mutation);
    }

    public override void AddCoverageFilter(FieldBuilder<object?, object> coverage)
    {
        var facet = CoverageOrThrow;
        coverage.Argument<TFilterInput>(facet.FilterArgument, facet.FilterArgumentDescription);
    }

    public override IEnumerable<(string Field, string Scheme, IReadOnlyList<string>? Codes)> CoverageFilterCodes(IResolveFieldContext context) =>
        CoverageFilter(context).CodeFields();

    public override IQueryable<OwnerCode> CoverageCodes(HubRequestContext hub, IResolveFieldContext context, string scheme) =>
        CodesOf(CoverageFilter(context).Apply(hub.Db.Set<T>().AsNoTracking().VisibleTo(hub.Caller), hub.Db), scheme);

    private TFilter CoverageFilter(IResolveFieldContext context) => context.GetArgument<TFilter?>(CoverageOrThrow.FilterArgument) ?? new TFilter();

    private OwnedItemKind<T> PublishingOrThrow => Publishing ?? throw new NotSupportedException($"{Key} declares no publishing fields.");

    private CoverageFacet CoverageOrThrow => Coverage ?? throw new NotSupportedException($"{Key} declares no coverage.");
}
