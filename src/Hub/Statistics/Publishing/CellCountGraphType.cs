using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Statistics.Publishing;

/// <summary>
/// The input scalar for counts and populations. It accepts any number or text and leaves the checking to the
/// publication, so a wrong value comes back as a user error naming the cell, never as a GraphQL error quoting it:
/// a count below the threshold must not be repeated anywhere, not even in an error.
/// </summary>
public sealed class CellCountGraphType : ScalarGraphType
{
    public CellCountGraphType()
    {
        Name = "CellCount";
        Description = "A number of people: a whole number, 0 or more, given as a JSON number. A value of any other form is reported in the payload's errors (INVALID_VALUE) with the cell it belongs to; the value itself is never repeated.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLIntValue i => double.Parse(i.Value.Span, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLStringValue s => s.Value.ToString(),
        _ => Unreadable,
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string or double or float or decimal or int or long or short or byte or uint or ulong or System.Numerics.BigInteger => value,
        _ => Unreadable,
    };

    public override bool CanParseLiteral(GraphQLValue value) => true;

    public override bool CanParseValue(object? value) => true;

    public override object? Serialize(object? value) => value;

    // Lists, objects and booleans are no count; the publication reports them as such.
    private static readonly object Unreadable = new();
}
