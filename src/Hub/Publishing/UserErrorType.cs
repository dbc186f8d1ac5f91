using GraphQL.Types;

namespace Hub.Publishing;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A problem with a mutation's input. Nothing was saved when a payload carries any; every problem is listed at once.";
        Field<NonNullGraphType<UserErrorCodeGraphType>>("code").Description("What kind of problem it is.").Resolve(c => c.Source.Code);
        Field(e => e.Message).Description("What is wrong and how to put it right, in English.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path")
            .Description("Where the problem is: the input field, e.g. [\"input\", \"webUrl\"].").Resolve(c => c.Source.Path);
        Field(e => e.CurrentVersion, nullable: true)
            .Description("For CONFLICT: the item's version now. Read the item again at this version before retrying.");
    }
}

public sealed class UserErrorCodeGraphType : EnumerationGraphType
{
    public UserErrorCodeGraphType()
    {
        Name = "UserErrorCode";
        Description = "The kinds of problem a mutation or an import reports.";
        foreach (var (code, description) in UserErrorCodes.Descriptions) Add(code, code, description);
    }
}
