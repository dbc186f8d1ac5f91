namespace Hub.Errors;

/// <summary>The error codes clients can rely on, in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string Timeout = "TIMEOUT";
    public const string TooManyValues = "TOO_MANY_VALUES";

    // Query limits, refused before validation; each error carries `limit` and `actual`.
    public const string MaxDocumentLengthExceeded = "MAX_DOCUMENT_LENGTH_EXCEEDED";
    public const string MaxNodesExceeded = "MAX_NODES_EXCEEDED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string MaxErrorsExceeded = "MAX_ERRORS_EXCEEDED";
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    // Transport (GraphQL over HTTP) errors.
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
}
