namespace Hub.Publishing;

/// <summary>
/// Something wrong with what a client asked to change, reported in the payload (not as a GraphQL error) so a form
/// can show every problem next to its field at once.
/// </summary>
public sealed record UserError(string Code, string Message, IReadOnlyList<string> Path, int? CurrentVersion = null)
{
    public static UserError At(string field, string code, string message) => new(code, message, ["input", field]);
}

/// <summary>The codes of <see cref="UserError"/>; stable, so clients can react to them.</summary>
public static class UserErrorCodes
{
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string InvalidUrl = "INVALID_URL";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidValue = "INVALID_VALUE";
    public const string DatesOutOfOrder = "DATES_OUT_OF_ORDER";
    public const string UnknownCode = "UNKNOWN_CODE";
    public const string UnknownOrganisation = "UNKNOWN_ORGANISATION";
    public const string Duplicate = "DUPLICATE";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string Retired = "RETIRED";
    public const string UnknownColumn = "UNKNOWN_COLUMN";
    public const string Unreadable = "UNREADABLE";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [Required] = "A required field is missing or blank (obligatoriskt fält).",
        [TooLong] = "The text is longer than the field allows.",
        [InvalidUrl] = "Not an absolute http or https address.",
        [InvalidEmail] = "Not an e-mail address.",
        [InvalidValue] = "The value has the wrong form or is out of range (for example a negative duration or a malformed date).",
        [DatesOutOfOrder] = "The end date lies before the start date.",
        [UnknownCode] = "Not a code (or, in imports, a Swedish or English label) of the field's vocabulary; see vocabulary(scheme:).",
        [UnknownOrganisation] = "No organisation has this code.",
        [Duplicate] = "Another item already uses this value where it must be unique (for example the external id within one organisation).",
        [NotFound] = "No item with this id exists, or you may not see it.",
        [Conflict] = "The item changed since you read it: `currentVersion` tells its version now. Read it again, reapply your change and retry.",
        [Retired] = "The item is already retired.",
        [UnknownColumn] = "An import file has a column the Hub does not know; nothing was imported.",
        [Unreadable] = "An import file could not be read as CSV or JSON.",
    };
}
