using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.Data.Postgres;

/// <summary>
/// Gives every text column PostgreSQL's "C" collation, so text sorts and compares exactly as on SQLite.
/// </summary>
/// <remarks>
/// SQLite compares text with its BINARY collation: byte by byte over UTF-8, which is the order of Unicode code points
/// (A–Z, a–z, then Å, Ä, Ö; "Zebra" before "apple"). PostgreSQL's "C" collation compares the same bytes the same
/// way, in every database whatever its locale, so titles, codes and keyset cursors order alike on both engines
/// (ties broken by id, as everywhere). A linguistic collation (ICU "sv-SE") would sort Swedish better but differently
/// from SQLite, and a nondeterministic one cannot be used for keyset comparisons or LIKE. Equality is byte equality
/// under every deterministic collation, so lookups by code behave as on SQLite too.
/// </remarks>
public sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    /// <summary>The collation of every text column.</summary>
    public const string BinaryCollation = "C";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            if ((property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType() ?? property.ClrType) == typeof(string))
                property.SetCollation(BinaryCollation);
        }
    }
}
