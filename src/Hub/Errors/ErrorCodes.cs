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
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    // Transport (GraphQL over HTTP) errors.
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
}
