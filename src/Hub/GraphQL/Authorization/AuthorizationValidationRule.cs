using GraphQL;
using GraphQL.Validation;
using Hub.Access;
using Hub.Auth;
using Hub.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Hub.GraphQL.Authorization;

/// <summary>
/// Enforces the policies that fields, types and arguments declare (<c>.AuthorizeWithPolicy(Policies.Publisher)</c>,
/// <c>.Authorize()</c>, <c>.AuthorizeWithRoles(…)</c>); GraphQL.NET's core only records them. It runs during
/// validation, after variables are known (so <c>@skip</c>/<c>@include</c> with variables count), and any failure
/// stops the whole request before a resolver runs. The caller learns which field refused it and why:
/// <c>UNAUTHENTICATED</c> without a token, <c>FORBIDDEN</c> with one.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var requirements = ProtectedSelections.Find(context);
        if (requirements.Count == 0) return null;
        var services = context.RequestServices
            ?? throw new InvalidOperationException("Authorization needs ExecutionOptions.RequestServices.");
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var adminOrganisation = services.GetRequiredService<IOptions<HubAuthOptions>>().Value.AdminOrganisation;
        var user = context.User ?? new System.Security.Claims.ClaimsPrincipal();
        var caller = CallerResolver.From(user);
        var decided = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var requirement in requirements)
        {
            var missing = new List<string>();
            if (requirement.Policies.Count == 0 && requirement.Roles.Count == 0 && !caller.IsAuthenticated)
                missing.Add(Policies.Describe(Policies.Authenticated, adminOrganisation));
            foreach (var policy in requirement.Policies)
            {
                if (!decided.TryGetValue(policy, out var allowed))
                    decided[policy] = allowed = (await authorization.AuthorizeAsync(user, policy)).Succeeded;
                if (!allowed) missing.Add(Policies.Describe(policy, adminOrganisation));
            }
            if (requirement.Roles.Count > 0 && !requirement.Roles.Any(caller.HasRole))
                missing.Add($"one of the roles {string.Join(", ", requirement.Roles)}");
            if (missing.Count > 0) Report(context, requirement, caller, missing);
        }
        return null;
    }

    private static void Report(ValidationContext context, ProtectedSelection requirement, Caller caller, List<string> missing)
    {
        var needs = string.Join(" and ", missing);
        var (code, message) = caller.IsAuthenticated
            ? (ErrorCodes.Forbidden, $"{requirement.Describe()} needs {needs}; your token for {caller.Describe()} does not give it.")
            : (ErrorCodes.Unauthenticated, $"{requirement.Describe()} needs {needs}; send a token (Authorization: Bearer …).");
        var details = new Dictionary<string, object?> { [requirement.Kind] = requirement.Path };
        var cause = new HubException(code, message, details);
        context.ReportError(new ValidationError(context.Document.Source, null, message, cause, requirement.Node) { Code = code });
    }
}
