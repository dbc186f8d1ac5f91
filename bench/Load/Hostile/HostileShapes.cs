using System.Text.Json;
using Hub.Bench.Operations;

namespace Hub.Bench.Hostile;

/// <summary>
/// The requests measured by `--hostile`: every shape of tests/Hub.Tests/Limits/HostileDocumentTests.cs (same names,
/// bodies, caller and expected answer; copied, since the bench does not reference the tests), the worst cases of
/// issue 12 that stay under every limit, and normal queries for scale. Keep the test shapes in step with that file.
/// </summary>
public static class HostileShapes
{
    private const int AnonymousBody = 64 * 1024;
    private const int AuthenticatedBody = 4 * 1024 * 1024;

    public const string FromTests = "test";
    public const string FromTestsAndWorstCases = "test = worst case";
    public const string WorstCase = "worst case";
    public const string AtTheLimit = "worst case, added";
    public const string Normal = "normal";

    public static IReadOnlyList<HostileShape> All() => [.. NormalQueries(), .. TestShapes(), .. WorstCases()];

    /// <summary>What an ordinary request costs, for scale: anonymous ones may be answered from the result cache, a token's never are.</summary>
    private static IEnumerable<HostileShape> NormalQueries() =>
    [
        new("`{ __typename }`", Normal, Query("{ __typename }"), false, 200, null),
        new("`{ __typename }` with a token", Normal, Query("{ __typename }"), true, 200, null),
        new("materials page (a), anonymous", Normal, MaterialsPage(), false, 200, null),
        new("materials page (a), with a token", Normal, MaterialsPage(), true, 200, null),
    ];

    private static IEnumerable<HostileShape> TestShapes() =>
    [
        // Fragments that each spread the next twice: 2^30 fields if expanded.
        Test("fragments doubling 30 levels", Query(Doubling(30)), false, 400, "MAX_DEPTH_EXCEEDED"),
        Test("fragments doubling 11 levels", Query(Doubling(11)), false, 400, "MAX_FIELDS_EXCEEDED"),
        Test("a chain of 800 fragments", Query("{ ...F0 }\n" + string.Concat(Enumerable.Range(0, 800).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}\n")) + "fragment F800 on Query { __typename }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        Test("a chain of 100 fragments", Query("{ ...F0 }\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}\n")) + "fragment F100 on Query { __typename }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        Test("20 000 __typename, anonymous", Query("{" + Repeat(" __typename", 20_000) + " }"), false, 413, "REQUEST_TOO_LARGE"),
        Test("20 000 __typename, with a token", Query("{" + Repeat(" __typename", 20_000) + " }"), true, 400, "MAX_DOCUMENT_LENGTH_EXCEEDED"),
        Test("2 500 __typename", Query("{" + Repeat(" __typename", 2_500) + " }"), false, 400, "MAX_NODES_EXCEEDED"),
        Test("401 __typename", Query("{" + Repeat(" __typename", 401) + " }"), false, 400, "MAX_FIELDS_EXCEEDED"),
        Test("31 aliases of __typename", Query("{" + string.Concat(Enumerable.Range(0, 31).Select(i => $" a{i}: __typename")) + " }"), false, 400, "MAX_ALIASES_EXCEEDED"),
        Test("nesting past the parser", Query("{" + Repeat(" organisations { nodes {", 60) + " code" + Repeat(" } }", 60) + " }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        Test("inline fragments past the parser", Query("{" + Repeat(" ... on Query {", 1000) + " __typename" + Repeat(" }", 1000) + " }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        Test("an input object nested past the parser", Query("{ materials(filter: " + Repeat("{ text: ", 100) + "\"a\"" + Repeat(" }", 100) + ") { totalCount } }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        Test("introspection lists nested 4 deep", Query("{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }"), false, 400, "MAX_DEPTH_EXCEEDED"),
        Test("11 directives on one field", Query("{ __typename" + Repeat(" @skip(if: false)", 11) + " }"), false, 400, "MAX_NODES_EXCEEDED"),
        Test("3 500 directives on one field", Query("{ __typename" + Repeat(" @skip(if: false)", 3_500) + " }"), false, 400, "MAX_DOCUMENT_LENGTH_EXCEEDED"),
        Test("21 arguments on one field", Query("{ organisation(code: \"AF\"" + string.Concat(Enumerable.Range(0, 20).Select(i => $", a{i}: 1")) + ") { code } }"), false, 400, "MAX_NODES_EXCEEDED"),
        Test("101 variable definitions", Query("query(" + string.Join(", ", Enumerable.Range(0, 101).Select(i => $"$v{i}: Int")) + ") { __typename }"), false, 400, "MAX_NODES_EXCEEDED"),
        Both("200 000 variables sent", Body("{ __typename }", "{" + string.Join(",", Enumerable.Range(0, 200_000).Select(i => $"\"v{i}\":1")) + "}"), true, 400, "MAX_NODES_EXCEEDED"),
        Test("a literal list of 1 500 values", Query("{ materials(filter: { themes: [" + string.Join(",", Enumerable.Repeat("\"X\"", 1_500)) + "] }) { totalCount } }"), false, 400, "MAX_NODES_EXCEEDED"),
        Test("a literal list of 101 values", Query("{ materials(filter: { themes: [" + string.Join(",", Enumerable.Repeat("\"X\"", 101)) + "] }) { totalCount } }"), false, 400, "TOO_MANY_VALUES"),
        Test("a variable list of 100 000 values", Body("query($t: [String!]) { materials(filter: { themes: $t }) { totalCount } }", "{\"t\":[" + string.Join(",", Enumerable.Repeat("\"X\"", 100_000)) + "]}"), true, 400, "TOO_MANY_VALUES"),
        Test("101 ids for nodes", Body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 101)) + "]}"), false, 400, "TOO_MANY_VALUES"),
        Both("60 unknown fields far into the text", Query(new string(' ', 20_000) + "{" + string.Concat(Enumerable.Range(0, 60).Select(i => $" x{i}")) + " }"), false, 400, "MAX_ERRORS_EXCEEDED"),
        Both("an integer of 4 million digits", Body("query($n: Int) { materials(first: $n) { totalCount } }", "{\"n\":" + new string('9', AuthenticatedBody - 200) + "}"), true, 400, "INVALID_JSON"),
        Test("an integer of 60 000 digits", Body("query($n: Int) { materials(first: $n) { totalCount } }", "{\"n\":" + new string('9', AnonymousBody - 200) + "}"), false, 400, "INVALID_JSON"),
        Test("an integer literal of 30 000 digits", Query("{ materials(first: " + new string('9', 30_000) + ") { totalCount } }"), false, 400, "ARGUMENTS_OF_CORRECT_TYPE"),
        Test("lists nested 10 000 deep in variables", Body("query($t: [String!]) { materials(filter: { themes: $t }) { totalCount } }", "{\"t\":" + new string('[', 10_000) + new string(']', 10_000) + "}"), false, 400, "INVALID_JSON"),
        Test("a document of 4 MB", Query("{ organisation(code: \"" + new string('x', AuthenticatedBody - 200) + "\") { code } }"), true, 400, "MAX_DOCUMENT_LENGTH_EXCEEDED"),
    ];

    /// <summary>Issue 12's worst cases under every limit, except the three that are test shapes already (<see cref="Both"/> above).</summary>
    private static IEnumerable<HostileShape> WorstCases() =>
    [
        // Each validation error's location is counted from the start of the text, so padding makes every error dearer.
        // The unknown fields of one literal come back as one error of the argument (its message names all 985).
        new("985 unknown input fields in one filter after 22 000 spaces", WorstCase,
            Query(new string(' ', 22_000) + "{ materials(filter: {" + string.Join(",", Enumerable.Range(0, 985).Select(i => $" u{i}: 1")) + " }) { totalCount } }"),
            false, 400, "ARGUMENTS_OF_CORRECT_TYPE"),
        new("985 invalid enum values in a literal list", WorstCase,
            Query("{ materials(filter: { visibility: [" + string.Join(",", Enumerable.Range(0, 985).Select(i => $"V{i}")) + "] }) { totalCount } }"),
            false, 400, "ARGUMENTS_OF_CORRECT_TYPE"),
        // Reported together when validation leaves the operation, so the 50-error budget (checked as nodes are entered)
        // lets all 99 through; the limit of 100 variables bounds them.
        new("99 unused variables after 22 000 spaces", WorstCase,
            Query(new string(' ', 22_000) + "query(" + string.Join(", ", Enumerable.Range(0, 99).Select(i => $"$v{i}: Int")) + ") { __typename }"),
            false, 400, "NO_UNUSED_VARIABLES"),
        // Same response name with different arguments: overlapping-fields validation compares every pair.
        new("19 fields each with 19 unknown arguments", WorstCase,
            Query("{" + string.Concat(Enumerable.Range(0, 19).Select(f => " __typename(" + string.Join(", ", Enumerable.Range(0, 19).Select(a => $"a{a}: {f}")) + ")")) + " }"),
            false, 400, "MAX_ERRORS_EXCEEDED"),
        new("985 duplicate `text:` fields in a literal filter", WorstCase,
            Query("{ materials(filter: {" + Repeat(" text: \"a\"", 985) + " }) { totalCount } }"), false, 400, "MAX_ERRORS_EXCEEDED"),
        new("a variable list of 300 000 themes", WorstCase,
            Body("query($t: [String!]) { materials(filter: { themes: $t }) { totalCount } }", "{\"t\":[" + string.Join(",", Enumerable.Repeat("\"X\"", 300_000)) + "]}"),
            true, 400, "TOO_MANY_VALUES"),
        new("300 000 ids for nodes", WorstCase,
            Body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 300_000)) + "]}"), true, 400, "TOO_MANY_VALUES"),
        // Beyond issue 12's list: the densest lists the body limits allow (two bytes an item; an ID may be written as a number).
        new("32 000 ids for nodes, at the anonymous body limit", AtTheLimit,
            Body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "{\"ids\":[" + string.Join(",", Enumerable.Repeat("1", 32_000)) + "]}"), false, 400, "TOO_MANY_VALUES"),
        new("2 000 000 ids for nodes, at the token body limit", AtTheLimit,
            Body("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "{\"ids\":[" + string.Join(",", Enumerable.Repeat("1", 2_000_000)) + "]}"), true, 400, "TOO_MANY_VALUES"),
        // Not refused: a long string is a valid value, so this is answered (no organisation has that code), as in
        // HostileDocumentTests.ALongStringInAVariableIsAnsweredNotRefused.
        new("a string variable of 4 MB", WorstCase,
            Body("query($c: String!) { organisation(code: $c) { code } }", JsonSerializer.Serialize(new { c = new string('x', AuthenticatedBody - 500) })), true, 200, null),
    ];

    private static HostileShape Test(string name, string body, bool withToken, int status, string code) => new(name, FromTests, body, withToken, status, code);

    private static HostileShape Both(string name, string body, bool withToken, int status, string code) => new(name, FromTestsAndWorstCases, body, withToken, status, code);

    private static string MaterialsPage() => JsonSerializer.Serialize(new { query = Queries.MaterialList, variables = new { filter = new { themes = new[] { "EQUAL_TREATMENT" } } } });

    private static string Doubling(int levels) =>
        "{ ...F0 }\n" + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n"))
        + $"fragment F{levels} on Query {{ __typename }}";

    private static string Query(string query) => JsonSerializer.Serialize(new { query });

    private static string Body(string query, string variablesJson) => $"{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variablesJson}}}";

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
