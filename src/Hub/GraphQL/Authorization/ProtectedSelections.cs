using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Hub.GraphQL.Authorization;

/// <summary>A selected part of the document that declares an authorization requirement.</summary>
public sealed record ProtectedSelection(string Kind, string Path, ASTNode Node, IReadOnlyList<string> Policies, IReadOnlyList<string> Roles)
{
    public string Describe() => $"The {Kind} `{Path}`";
}

/// <summary>
/// Walks what the chosen operation actually selects (fragments followed once each, skipped fields left out) and
/// lists every protected field, argument and type in it. A type's own requirement applies unless every field
/// selected from it (<c>__typename</c> aside) is marked AllowAnonymous.
/// </summary>
public static class ProtectedSelections
{
    public static IReadOnlyList<ProtectedSelection> Find(ValidationContext context)
    {
        var walk = new Walk(context);
        if (context.Schema.IsAuthorizationRequired())
            walk.Add("schema", "schema", context.Operation, context.Schema);
        IObjectGraphType? root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };
        if (root is not null && walk.SelectionSet(context.Operation.SelectionSet, root, "") != Selected.Anonymous)
            walk.Add("type", root.Name, context.Operation, root);
        return walk.Found;
    }

    /// <summary>What a selection set took from its type: nothing (or only __typename), only anonymous fields, or more.</summary>
    [Flags]
    private enum Selected { Nothing = 0, Anonymous = 1, Protected = 2 }

    private sealed class Walk(ValidationContext context)
    {
        private readonly HashSet<string> fragmentsSeen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Selected> fragmentSelections = new(StringComparer.Ordinal);

        public List<ProtectedSelection> Found { get; } = [];

        public void Add(string kind, string path, ASTNode node, IMetadataReader metadata)
        {
            if (!metadata.IsAuthorizationRequired() || Found.Any(f => f.Kind == kind && f.Path == path)) return;
            Found.Add(new ProtectedSelection(kind, path, node, metadata.GetPolicies() ?? [], metadata.GetRoles() ?? []));
        }

        /// <summary>Visits a selection set and tells what was selected from its type.</summary>
        public Selected SelectionSet(GraphQLSelectionSet set, IGraphType type, string path)
        {
            var selected = Selected.Nothing;
            foreach (var selection in set.Selections)
            {
                if (!context.ShouldIncludeNode(selection)) continue;
                selected |= selection switch
                {
                    GraphQLField field => Field(field, type, path),
                    GraphQLInlineFragment inline => Fragment(inline.SelectionSet, inline.TypeCondition, type, path),
                    GraphQLFragmentSpread spread => Spread(spread, type, path),
                    _ => Selected.Nothing,
                };
            }
            return selected;
        }

        private Selected Field(GraphQLField node, IGraphType parent, string path)
        {
            var name = node.Name.StringValue;
            // __typename alone reveals nothing, but neither does it make a protected type's selection anonymous.
            if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex) return Selected.Nothing;
            var field = complex.GetField(node.Name);
            if (field is null) return Selected.Nothing; // another rule reports the unknown field
            var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
            var anonymous = field.IsAnonymousAllowed();
            if (!anonymous) Add("field", fieldPath, node, field);
            foreach (var argument in node.Arguments?.Items ?? [])
                if (field.Arguments?.Find(argument.Name) is { } declared)
                    Add("argument", $"{fieldPath}({argument.Name.StringValue}:)", argument, declared);
            if (node.SelectionSet is { } children && field.ResolvedType?.GetNamedType() is { } childType)
                TypeSelected(children, childType, fieldPath, node);
            return anonymous ? Selected.Anonymous : Selected.Protected;
        }

        /// <summary>A type's own requirement applies unless only anonymous fields were selected from it.</summary>
        private void TypeSelected(GraphQLSelectionSet set, IGraphType type, string path, ASTNode node)
        {
            if (SelectionSet(set, type, path) != Selected.Anonymous) Add("type", type.Name, node, type);
        }

        private Selected Fragment(GraphQLSelectionSet set, GraphQLTypeCondition? condition, IGraphType parent, string path)
        {
            var type = condition is null ? parent : context.Schema.AllTypes[condition.Type.Name.StringValue];
            if (type is null) return Selected.Nothing;
            if (type == parent) return SelectionSet(set, type, path);
            TypeSelected(set, type, path, set);
            return Selected.Nothing;
        }

        /// <summary>Each named fragment is walked once: what it selects does not depend on where it is spread.</summary>
        private Selected Spread(GraphQLFragmentSpread spread, IGraphType parent, string path)
        {
            var name = spread.FragmentName.Name.StringValue;
            if (!fragmentsSeen.Add(name)) return fragmentSelections.GetValueOrDefault(name);
            var definition = context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value);
            if (definition is null) return Selected.Nothing;
            return fragmentSelections[name] = Fragment(definition.SelectionSet, definition.TypeCondition, parent, path);
        }
    }
}
