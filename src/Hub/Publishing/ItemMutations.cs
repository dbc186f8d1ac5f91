using Hub.Access;
using Hub.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Hub.Publishing;

/// <summary>What a create, update or retire mutation returns: the item, or the reasons nothing was saved.</summary>
public sealed record Published<T>(T? Item, IReadOnlyList<UserError> Errors) where T : class
{
    public static Published<T> Failed(IEnumerable<UserError> errors) => new(null, errors.ToList());
}

/// <summary>
/// Create, update and retire for every kind of item, so each rule (ownership, versions, validation, audit) is
/// written once. Items are found by global id; updates change only the fields given.
/// </summary>
public sealed class ItemMutations(Publisher publisher, Ownership ownership)
{
    public const string Create = "CREATE";
    public const string Update = "UPDATE";
    public const string Retire = "RETIRE";

    public async Task<Published<T>> CreateAsync<T>(HubRequestContext hub, ItemKind<T> kind, IDictionary<string, object?> input,
        CancellationToken cancellationToken) where T : class, IEntity
    {
        var ownerId = kind.AdminsManage ? null : hub.Caller.OrganisationId;
        ownership.EnsureMayChange(hub.Caller, kind, ownerId);
        await using var session = await publisher.BeginAsync(hub.Db, Actor.From(hub.Caller), cancellationToken);
        var values = Values(kind, input);
        var plan = EditPlan.For(kind, null, values, session.Context);
        var problems = await WithUniquenessAsync(session, kind, null, ownerId, values, plan, cancellationToken);
        if (problems.Count > 0) return Published<T>.Failed(problems.Select(ToUserError));
        var item = kind.New(ownerId);
        plan.ApplyTo(kind, item, values, session.Context);
        kind.Stamp(item, 1, session.Context.Now);
        hub.Db.Add(item);
        session.Record(kind, item, Create, plan.Changes);
        await session.CommitAsync(cancellationToken);
        return new Published<T>(item, []);
    }

    public Task<Published<T>> UpdateAsync<T>(HubRequestContext hub, ItemKind<T> kind, IDictionary<string, object?> input,
        CancellationToken cancellationToken) where T : class, IEntity =>
        ChangeAsync(hub, kind, input, cancellationToken, async (session, item, values) =>
        {
            var plan = EditPlan.For(kind, item, values, session.Context);
            var problems = await WithUniquenessAsync(session, kind, item, kind.OwnerOf(item), values, plan, cancellationToken);
            if (problems.Count > 0) return problems.Select(ToUserError).ToList();
            if (plan.Changes.Count == 0) return null; // nothing differs: no new version, no audit entry, no event
            plan.ApplyTo(kind, item, values, session.Context);
            kind.Stamp(item, kind.VersionOf(item) + 1, session.Context.Now);
            session.Record(kind, item, Update, plan.Changes);
            return [];
        });

    public Task<Published<T>> RetireAsync<T>(HubRequestContext hub, ItemKind<T> kind, IDictionary<string, object?> input,
        CancellationToken cancellationToken) where T : class, IEntity =>
        ChangeAsync(hub, kind, input, cancellationToken, (session, item, _) =>
        {
            if (kind.RetiredAt(item) is { } retiredAt)
                return Task.FromResult<List<UserError>?>([UserError.At("id", UserErrorCodes.Retired, $"The {kind.Noun} was retired at {retiredAt:u}.")]);
            var at = session.Context.Now;
            kind.Retire(item, at);
            kind.Stamp(item, kind.VersionOf(item) + 1, at);
            session.Record(kind, item, Retire, [new FieldChange("retiredAt", null, System.Text.Json.Nodes.JsonValue.Create(at))]);
            return Task.FromResult<List<UserError>?>([]);
        });

    /// <summary>
    /// Finds the item, checks who asks and which version they saw, lets <paramref name="change"/> edit it (returning
    /// user errors, an empty list to commit, or null when nothing changed) and commits.
    /// </summary>
    private async Task<Published<T>> ChangeAsync<T>(HubRequestContext hub, ItemKind<T> kind, IDictionary<string, object?> input,
        CancellationToken cancellationToken, Func<WriteSession, T, IReadOnlyDictionary<string, object?>, Task<List<UserError>?>> change)
        where T : class, IEntity
    {
        var caller = hub.Caller;
        var id = input.TryGetValue("id", out var raw) ? raw?.ToString() : null;
        var expectedVersion = Convert.ToInt32(input["expectedVersion"], System.Globalization.CultureInfo.InvariantCulture);
        if (!hub.Kinds.TryDecode(id, out var itemRef) || itemRef.Kind != kind.Key)
            return Published<T>.Failed([NotFound(kind, id)]);
        var key = itemRef.Id;
        try
        {
            await using var session = await publisher.BeginAsync(hub.Db, Actor.From(caller), cancellationToken);
            var item = await kind.Tracked(hub.Db).FirstOrDefaultAsync(e => e.Id == key, cancellationToken);
            // An item the caller may not even see is reported as absent, so its existence does not leak.
            if (item is null || (item is IOwnedItem owned && owned.OwnerId != caller.OrganisationId && !caller.CanSee(owned)))
                return Published<T>.Failed([NotFound(kind, id)]);
            ownership.EnsureMayChange(caller, kind, kind.OwnerOf(item));
            if (kind.VersionOf(item) != expectedVersion) return Published<T>.Failed([Conflict(kind, expectedVersion, kind.VersionOf(item))]);
            var errors = await change(session, item, Values(kind, input));
            if (errors is { Count: > 0 }) return Published<T>.Failed(errors);
            if (errors is not null) await session.CommitAsync(cancellationToken);
            return new Published<T>(item, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another writer committed between our read and our write (possible where the database does not serialise
            // writers as SQLite does); the concurrency token on Version caught it and nothing was written.
            var current = await kind.Tracked(hub.Db).AsNoTracking().FirstOrDefaultAsync(e => e.Id == key, cancellationToken);
            return Published<T>.Failed([Conflict(kind, expectedVersion, current is null ? null : kind.VersionOf(current))]);
        }
    }

    private static async Task<List<FieldProblem>> WithUniquenessAsync<T>(WriteSession session, ItemKind<T> kind, T? existing, int? ownerId,
        IReadOnlyDictionary<string, object?> values, EditPlan plan, CancellationToken cancellationToken) where T : class, IEntity
    {
        var problems = plan.Problems.ToList();
        var unique = await kind.CheckUniqueAsync(session.Db, existing, ownerId,
            name => EditPlan.ValueOf(kind, existing, values, session.Context, name), cancellationToken);
        problems.AddRange(unique.Where(u => problems.All(p => p.Field != u.Field)));
        return problems;
    }

    /// <summary>The input's item fields, normalised; other input fields (id, expectedVersion) are not fields of the item.</summary>
    private static Dictionary<string, object?> Values<T>(ItemKind<T> kind, IDictionary<string, object?> input) where T : class, IEntity =>
        input.Where(p => kind.Field(p.Key) is not null).ToDictionary(p => p.Key, p => kind.Field(p.Key)!.FromInput(p.Value));

    private static UserError ToUserError(FieldProblem problem) => UserError.At(problem.Field, problem.Code, problem.Message);

    private static UserError NotFound<T>(ItemKind<T> kind, string? id) where T : class, IEntity =>
        UserError.At("id", UserErrorCodes.NotFound, $"No {kind.Noun} has the id '{id}', or you may not see it.");

    private static UserError Conflict<T>(ItemKind<T> kind, int expected, int? current) where T : class, IEntity =>
        new(UserErrorCodes.Conflict,
            $"The {kind.Noun} is at version {current?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(gone)"}, not {expected}: someone changed it after you read it. Read it again, reapply your change and retry.",
            ["input", "expectedVersion"], current);
}
