using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Hub.Access;
using Hub.GraphQL;
using Hub.GraphQL.Paging;

namespace Hub.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One committed change (ändringslogg): when, who, what, and each changed field's old and new value. " +
            "Entries are chained by hash, so any later edit or deletion of history is detectable (`audit verify`).";
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("The entry's number: 1, 2, 3 … without gaps across the whole Hub.").Resolve(c => c.Source.Id);
        Field(e => e.At).Description("When the change was committed.");
        Field(e => e.Subject, nullable: true).Description("Who made it: the token's subject (a person or system), or cli:user for the command line.");
        Field(e => e.Organisation, nullable: true).Description("The organisation of the token that made it.");
        Field(e => e.Via).Description("How: API (a mutation), IMPORT (importInventory) or CLI (the import command).");
        Field(e => e.Operation).Description("CREATE, UPDATE or RETIRE.");
        // Entries record the item in the domain's terms ("material:42"); entries written before that hold the GraphQL
        // type name and global id themselves. Clients see type names and global ids either way.
        Field<NonNullGraphType<StringGraphType>>("itemType").Description("The type of the item, e.g. CompetenceMaterial.")
            .Resolve(c => c.Hub().Kinds.ByKey(ItemRef.TryParse(c.Source.ItemId, out var item) ? item.Kind : "")?.TypeName ?? c.Source.ItemType);
        Field<NonNullGraphType<IdGraphType>>("itemId").Description("The item's global id (fetch it with node(id:)).")
            .Resolve(c => ItemRef.TryParse(c.Source.ItemId, out var item) && c.Hub().Kinds.ByKey(item.Kind) is { } kind
                ? GlobalId.Encode(kind.TypeName, item.Id) : c.Source.ItemId);
        Field(e => e.Owner, nullable: true).Description("The organisation that owns the item; null for vocabulary entries.");
        Field(e => e.Version).Description("The item's version after the change.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditChangeType>>>>("changes").Description("Each changed field with its old and new value.")
            .Resolve(c => JsonNode.Parse(c.Source.Changes)!.AsArray().Select(n => new AuditChange(
                n!["field"]!.GetValue<string>(), n["old"]?.ToJsonString(Json), n["new"]?.ToJsonString(Json))).ToList());
        Field(e => e.PreviousHash).Description("The hash of the entry before (64 zeros for the first).");
        Field(e => e.Hash).Description("SHA-256 over this entry and the previous hash, in hex; see docs/audit.md for the exact form.");
    }
}

public sealed record AuditChange(string Field, string? OldValue, string? NewValue);

public sealed class AuditChangeType : ObjectGraphType<AuditChange>
{
    public AuditChangeType()
    {
        Name = "AuditChange";
        Description = "One field's value before and after a change, as JSON text (a string in quotes, a number, a list, or null).";
        Field(c => c.Field).Description("The field, named as in the mutation inputs, e.g. webUrl.");
        Field(c => c.OldValue, nullable: true).Description("The value before, as JSON; null when the field had none (or the item was created).");
        Field(c => c.NewValue, nullable: true).Description("The value after, as JSON; null when the change cleared it.");
    }
}

public sealed class AuditEntryConnectionType() : ConnectionGraphType<AuditEntryType, AuditEntry>("AuditEntry", "audit entries");
