using GraphQL;
using GraphQL.Execution;
using Hub.Errors;

namespace Hub.GraphQL;

/// <summary>
/// The one error mapper: every error leaves with <c>extensions.code</c>; the Hub's own errors keep their
/// message and details; anything unexpected is logged with a correlation id that the error carries instead
/// of a stack trace.
/// </summary>
public sealed class HubErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
})
{
    public const string CorrelationIdKey = "correlationId";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        switch (executionError.InnerException)
        {
            case HubException hub:
                extensions["code"] = hub.Code;
                foreach (var (key, value) in hub.Details) extensions[key] = value;
                break;
            case { } unexpected when unexpected.Data[CorrelationIdKey] is string correlationId:
                extensions["code"] = ErrorCodes.InternalServerError;
                extensions[CorrelationIdKey] = correlationId;
                break;
        }
        extensions.Remove("number");
        return new ErrorInfo { Message = info.Message, Extensions = extensions.Count > 0 ? extensions : null };
    }

    /// <summary>Keeps the Hub's own messages; logs anything else and replaces its message with a reference.</summary>
    public static void HandleUnhandled(UnhandledExceptionContext context, ILogger logger, string correlationId)
    {
        if (context.OriginalException is HubException hub)
        {
            context.ErrorMessage = hub.Message;
            return;
        }
        if (context.OriginalException is OperationCanceledException) return;
        if (context.OriginalException is Limits.ValidationErrorBudget.Stopped stopped)
        {
            context.Exception = Limits.ValidationErrorBudget.ErrorFor(stopped);
            return;
        }
        logger.LogError(context.OriginalException, "Unexpected error in GraphQL request {CorrelationId}", correlationId);
        context.OriginalException.Data[CorrelationIdKey] = correlationId;
        context.ErrorMessage = $"An unexpected error occurred. Quote reference {correlationId} to the Hub's operators.";
    }
}
