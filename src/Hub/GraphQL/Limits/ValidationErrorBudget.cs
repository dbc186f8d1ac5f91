using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Errors;

namespace Hub.GraphQL.Limits;

/// <summary>
/// Stops validation once a document has produced <see cref="MaxErrors"/> errors. Each validation error costs time in
/// proportion to its position in the text (its line and column are counted from the start), so a document of many
/// small mistakes would otherwise cost its length times their number. Visits every node alongside the other rules.
/// </summary>
public sealed class ValidationErrorBudget : ValidationRuleBase
{
    public const int MaxErrors = 50;

    private static readonly INodeVisitor Visitor = new Watch();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    /// <summary>The error that replaces validation's own when it stopped early, with the first errors' messages.</summary>
    public static ExecutionError ErrorFor(Stopped stopped) =>
        new($"Validation stopped after {stopped.Messages.Count} errors; the first: {stopped.Messages[0]}")
        {
            Code = ErrorCodes.MaxErrorsExceeded,
            Extensions = new Dictionary<string, object?> { ["limit"] = MaxErrors, ["errors"] = stopped.Messages },
        };

    /// <summary>Thrown out of validation; the executer hands it to the unhandled-exception handler.</summary>
    public sealed class Stopped(IReadOnlyList<string> messages) : Exception("Validation stopped at its error budget.")
    {
        public IReadOnlyList<string> Messages { get; } = messages;
    }

    private sealed class Watch : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            if (context.Errors.Count() >= MaxErrors) throw new Stopped(context.Errors.Take(MaxErrors).Select(e => e.Message).ToList());
            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
    }
}
