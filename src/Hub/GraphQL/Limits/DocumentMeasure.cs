using GraphQLParser.AST;

namespace Hub.GraphQL.Limits;

/// <summary>
/// Measures a parsed document in time linear in its size, before validation looks at it: validation rules are
/// quadratic in places (overlapping fields, unique directives) and expand fragments, so what they see must be small
/// first. Each fragment is measured once and reused wherever it is spread (never expanded), and a chain of spreads
/// is followed without recursion, so neither doubling fragments nor a thousand-link chain costs more than its text.
/// </summary>
public sealed class DocumentMeasure
{
    private static readonly HashSet<string> IntrospectionListFields = ["fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<(string Name, bool Introspection), Size> _sizes = [];
    private readonly global::GraphQL.Inputs? _variables;

    private DocumentMeasure(GraphQLDocument document, global::GraphQL.Inputs? variables)
    {
        _variables = variables;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment); // a duplicate name is validation's to report
    }

    /// <summary>Syntax nodes as written (selections, arguments, directives, variable definitions, literal list items and object fields), all definitions.</summary>
    public long Nodes { get; private set; }

    /// <summary>The most directives on one node: validation compares those of one location pairwise.</summary>
    public int DirectivesAtOneLocation { get; private set; }

    /// <summary>The most arguments of one field or directive (validation compares them pairwise).</summary>
    public int ArgumentsAtOneLocation { get; private set; }

    /// <summary>The most variables one operation declares (validation compares each with every use).</summary>
    public int VariablesOfOneOperation { get; private set; }

    /// <summary>The longest chain of fragment spreads, each inside the one before.</summary>
    public int SpreadNesting { get; private set; }

    /// <summary>The largest operation or fragment, fragments expanded. Null when the chain of spreads was too long to look further.</summary>
    public Size? Largest { get; private set; }

    /// <summary>What the selected operation may return, with page sizes from the request's variables (null when there is no such operation).</summary>
    public long? Cost { get; private set; }

    /// <summary>
    /// Fields and aliases as executed (fragments expanded; <c>__typename</c> and introspection included), depth of
    /// fields outside introspection, nesting of introspection's list fields, and cost per item above.
    /// </summary>
    public readonly record struct Size(long Fields, long Aliases, int Depth, int IntrospectionNesting, long Cost)
    {
        public Size Max(Size other) => new(Math.Max(Fields, other.Fields), Math.Max(Aliases, other.Aliases), Math.Max(Depth, other.Depth),
            Math.Max(IntrospectionNesting, other.IntrospectionNesting), Math.Max(Cost, other.Cost));
    }

    /// <summary>Measures the document; stops before expanding anything once the spread chain exceeds <paramref name="maxSpreadNesting"/>.</summary>
    public static DocumentMeasure Of(GraphQLDocument document, GraphQLOperationDefinition? selected, global::GraphQL.Inputs? variables, int maxSpreadNesting)
    {
        var measure = new DocumentMeasure(document, variables);
        var spreads = new Dictionary<ASTNode, List<string>>();
        foreach (var definition in document.Definitions)
        {
            var names = new List<string>();
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    measure.VariablesOfOneOperation = Math.Max(measure.VariablesOfOneOperation, operation.Variables?.Items.Count ?? 0);
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        measure.Nodes++;
                        if (variable.DefaultValue is { } defaultValue) measure.CountValue(defaultValue);
                        measure.CountDirectives(variable.Directives);
                    }
                    measure.CountDirectives(operation.Directives);
                    measure.CountWritten(operation.SelectionSet, names);
                    break;
                case GraphQLFragmentDefinition fragment:
                    measure.CountDirectives(fragment.Directives);
                    measure.CountWritten(fragment.SelectionSet, names);
                    break;
            }
            spreads[definition] = names;
        }
        measure.SpreadNesting = measure.LongestSpreadChain(document, spreads);
        if (measure.SpreadNesting > maxSpreadNesting) return measure;

        var largest = new Size();
        foreach (var definition in document.Definitions)
        {
            var size = definition switch
            {
                GraphQLOperationDefinition operation => measure.Walk(operation.SelectionSet, introspection: false),
                GraphQLFragmentDefinition fragment => measure.Fragment(fragment.FragmentName.Name.StringValue, IsIntrospection(fragment.TypeCondition)),
                _ => new Size(),
            };
            largest = largest.Max(size);
            if (ReferenceEquals(definition, selected)) measure.Cost = size.Cost;
        }
        measure.Largest = largest;
        return measure;
    }

    /// <summary>
    /// Only the cost of the selected operation, for a document whose shape was measured before (its spread chain is
    /// known to be short, so following spreads cannot recurse deeply).
    /// </summary>
    public static long? CostOf(GraphQLDocument document, GraphQLOperationDefinition? selected, global::GraphQL.Inputs? variables) =>
        selected is null ? null : new DocumentMeasure(document, variables).Walk(selected.SelectionSet, introspection: false).Cost;

    private void CountWritten(GraphQLSelectionSet? set, List<string> spreads)
    {
        if (set is null) return;
        foreach (var selection in set.Selections)
        {
            Nodes++;
            switch (selection)
            {
                case GraphQLField field:
                    CountArguments(field.Arguments);
                    CountDirectives(field.Directives);
                    CountWritten(field.SelectionSet, spreads);
                    break;
                case GraphQLInlineFragment inline:
                    CountDirectives(inline.Directives);
                    CountWritten(inline.SelectionSet, spreads);
                    break;
                case GraphQLFragmentSpread spread:
                    CountDirectives(spread.Directives);
                    spreads.Add(spread.FragmentName.Name.StringValue);
                    break;
            }
        }
    }

    private void CountDirectives(GraphQLDirectives? directives)
    {
        if (directives is null) return;
        DirectivesAtOneLocation = Math.Max(DirectivesAtOneLocation, directives.Items.Count);
        foreach (var directive in directives.Items)
        {
            Nodes++;
            CountArguments(directive.Arguments);
        }
    }

    private void CountArguments(GraphQLArguments? arguments)
    {
        if (arguments is null) return;
        ArgumentsAtOneLocation = Math.Max(ArgumentsAtOneLocation, arguments.Items.Count);
        foreach (var argument in arguments.Items)
        {
            Nodes++;
            CountValue(argument.Value);
        }
    }

    // Literal lists and objects are as much work for validation as selections; nesting is bounded by the parser.
    private void CountValue(GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLListValue list:
                foreach (var item in list.Values ?? [])
                {
                    Nodes++;
                    CountValue(item);
                }
                break;
            case GraphQLObjectValue obj:
                foreach (var field in obj.Fields ?? [])
                {
                    Nodes++;
                    CountValue(field.Value);
                }
                break;
        }
    }

    /// <summary>
    /// The longest chain of spreads from any definition, by an explicit depth-first walk of the fragment graph. A
    /// spread back into the chain (a cycle, which validation reports) ends that chain.
    /// </summary>
    private int LongestSpreadChain(GraphQLDocument document, Dictionary<ASTNode, List<string>> spreads)
    {
        var chain = new Dictionary<string, int>(); // fragment name -> longest chain below and including it; absent: unvisited
        var onPath = new HashSet<string>();
        var longest = 0;
        foreach (var definition in document.Definitions)
        {
            var below = 0;
            foreach (var name in spreads.GetValueOrDefault(definition) ?? [])
                below = Math.Max(below, ChainFrom(name, chain, onPath, spreads));
            longest = Math.Max(longest, below);
        }
        return longest;
    }

    private int ChainFrom(string start, Dictionary<string, int> chain, HashSet<string> onPath, Dictionary<ASTNode, List<string>> spreads)
    {
        if (chain.TryGetValue(start, out var known)) return known;
        if (!_fragments.ContainsKey(start)) return 0;
        var stack = new Stack<(string Name, int Next)>();
        stack.Push((start, 0));
        onPath.Add(start);
        while (stack.Count > 0)
        {
            var (name, next) = stack.Pop();
            var children = spreads[_fragments[name]];
            if (next < children.Count)
            {
                stack.Push((name, next + 1));
                var child = children[next];
                if (!chain.ContainsKey(child) && _fragments.ContainsKey(child) && onPath.Add(child)) stack.Push((child, 0));
                continue;
            }
            var below = 0;
            foreach (var child in children)
                if (chain.TryGetValue(child, out var length)) below = Math.Max(below, length);
            chain[name] = below + 1;
            onPath.Remove(name);
        }
        return chain[start];
    }

    private Size Fragment(string name, bool introspection)
    {
        if (_sizes.TryGetValue((name, introspection), out var size)) return size;
        if (!_fragments.TryGetValue(name, out var fragment)) return new Size();
        _sizes[(name, introspection)] = new Size(); // a spread of itself (a cycle, reported by validation) adds nothing
        size = Walk(fragment.SelectionSet, introspection);
        _sizes[(name, introspection)] = size;
        return size;
    }

    private Size Walk(GraphQLSelectionSet? set, bool introspection)
    {
        if (set is null) return new Size();
        long fields = 0, aliases = 0, cost = 0;
        int depth = 0, nesting = 0;
        foreach (var selection in set.Selections)
        {
            Size inner;
            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    var enters = introspection || name is "__schema" or "__type";
                    var below = Walk(field.SelectionSet, enters);
                    var pageSize = introspection ? null : PageSize(field);
                    fields = Saturating.Add(fields, Saturating.Add(below.Fields, 1));
                    aliases = Saturating.Add(aliases, Saturating.Add(below.Aliases, field.Alias is null ? 0 : 1));
                    depth = Math.Max(depth, introspection ? 0 : enters ? 1 : below.Depth + 1); // introspection is bounded by its nesting
                    var listField = introspection && IntrospectionListFields.Contains(name) ? 1 : 0;
                    nesting = Math.Max(nesting, below.IntrospectionNesting + listField);
                    cost = Saturating.Add(cost, pageSize is { } items ? Saturating.Add(items, Saturating.Multiply(items, below.Cost)) : below.Cost);
                    continue;
                case GraphQLInlineFragment inline:
                    inner = Walk(inline.SelectionSet, introspection || IsIntrospection(inline.TypeCondition));
                    break;
                case GraphQLFragmentSpread spread:
                    var spreadName = spread.FragmentName.Name.StringValue;
                    inner = Fragment(spreadName, introspection || (_fragments.TryGetValue(spreadName, out var target) && IsIntrospection(target.TypeCondition)));
                    break;
                default:
                    continue;
            }
            fields = Saturating.Add(fields, inner.Fields);
            aliases = Saturating.Add(aliases, inner.Aliases);
            depth = Math.Max(depth, inner.Depth);
            nesting = Math.Max(nesting, inner.IntrospectionNesting);
            cost = Saturating.Add(cost, inner.Cost);
        }
        return new Size(fields, aliases, depth, nesting, cost);
    }

    // Fragments on the introspection types (__Type, __Field …) are measured as introspection wherever they stand.
    private static bool IsIntrospection(GraphQLTypeCondition? condition) => condition?.Type.Name.StringValue.StartsWith("__", StringComparison.Ordinal) == true;

    // A connection's page size: its first or last (literal or variable), or the default when neither is given.
    private long? PageSize(GraphQLField field)
    {
        long? size = null;
        var isConnection = false;
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            if (argument.Name.StringValue is not ("first" or "last")) continue;
            isConnection = true;
            size = argument.Value switch
            {
                GraphQLIntValue literal when long.TryParse(literal.Value.Span, out var value) => value,
                GraphQLVariable variable when _variables is not null && _variables.TryGetValue(variable.Name.StringValue, out var v)
                    && v is int or long => Convert.ToInt64(v),
                _ => size,
            };
        }
        if (!isConnection && field.SelectionSet?.Selections.OfType<GraphQLField>()
                .Any(f => f.Name.StringValue is "edges" or "nodes" or "totalCount" or "pageInfo") == true)
            isConnection = true;
        return isConnection ? Math.Max(0, size ?? Data.Paging.PageRequest.DefaultSize) : null;
    }

    private static class Saturating
    {
        public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        public static long Multiply(long a, long b) => a == 0 || b <= long.MaxValue / a ? a * b : long.MaxValue;
    }
}
