using System.Data.Common;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Bench.Inventory;

/// <summary>
/// Inserts the many small link rows (codes, partners: three quarters of all rows) with one prepared statement each,
/// inside the generator's transaction. Through EF's change tracker they took most of the generation time.
/// </summary>
public sealed class CodeRows(HubDbContext db) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = [];

    public Task MaterialCodeAsync(int materialId, string scheme, string code, CancellationToken ct) =>
        RunAsync("INSERT INTO MaterialCodes (MaterialId, Scheme, Code) VALUES ($a, $b, $c)", materialId, scheme, code, ct);

    public Task InterventionCodeAsync(int interventionId, string scheme, string code, CancellationToken ct) =>
        RunAsync("INSERT INTO InterventionCodes (InterventionId, Scheme, Code) VALUES ($a, $b, $c)", interventionId, scheme, code, ct);

    public Task PartnerAsync(int interventionId, int organisationId, CancellationToken ct) =>
        RunAsync("INSERT INTO InterventionPartners (InterventionId, OrganisationId) VALUES ($a, $b)", interventionId, organisationId, null, ct);

    private async Task RunAsync(string sql, object a, object b, object? c, CancellationToken ct)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var name in c is null ? new[] { "$a", "$b" } : ["$a", "$b", "$c"])
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            command.Prepare();
            _commands[sql] = command;
        }
        command.Parameters[0].Value = a;
        command.Parameters[1].Value = b;
        if (c is not null) command.Parameters[2].Value = c;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
    }
}
