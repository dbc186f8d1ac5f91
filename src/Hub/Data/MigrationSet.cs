using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Data;

/// <summary>
/// One engine's migrations out of the Hub's assembly, picked by namespace. Each engine has its own set (SQLite's in
/// <c>Hub.Data.Migrations</c>, PostgreSQL's in <c>Hub.Data.Postgres.Migrations</c>), because a migration holds the SQL
/// of the engine it was written for; EF Core's own lookup would take every migration of the context from both.
/// </summary>
public abstract class MigrationSet(ICurrentDbContext currentContext, IMigrationsIdGenerator ids, string @namespace) : IMigrationsAssembly
{
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotRead;

    public Assembly Assembly { get; } = typeof(HubDbContext).Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= new SortedList<string, TypeInfo>(
        OfThisSet<Migration>().Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
            .Where(m => m.Id is not null).ToDictionary(m => m.Id!, m => m.Type), StringComparer.Ordinal);

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (_snapshotRead) return _snapshot;
            _snapshotRead = true;
            return _snapshot = OfThisSet<ModelSnapshot>().Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!).SingleOrDefault();
        }
    }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(ids.IsValidId(nameOrId)
        ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        : id => string.Equals(ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IEnumerable<TypeInfo> OfThisSet<T>() => Assembly.DefinedTypes.Where(t =>
        t.IsSubclassOf(typeof(T)) && !t.IsAbstract && t.Namespace == @namespace
        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == currentContext.Context.GetType());
}

/// <summary>The SQLite migrations, as shipped since the first release.</summary>
public sealed class SqliteMigrationSet(ICurrentDbContext currentContext, IMigrationsIdGenerator ids)
    : MigrationSet(currentContext, ids, "Hub.Data.Migrations");

/// <summary>The PostgreSQL migrations (<c>Data/Postgres/Migrations</c>).</summary>
public sealed class PostgresMigrationSet(ICurrentDbContext currentContext, IMigrationsIdGenerator ids)
    : MigrationSet(currentContext, ids, "Hub.Data.Postgres.Migrations");
