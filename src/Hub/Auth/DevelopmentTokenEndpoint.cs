using Hub.Access;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Auth;

/// <summary>
/// <c>POST /auth/dev-token</c>: a development token for the viewer and the IDE. Mapped only while the
/// development issuer is trusted, so elsewhere the path answers 404.
/// </summary>
public static class DevelopmentTokenEndpoint
{
    public const string Path = "/auth/dev-token";

    public sealed record Request(string? Org, IReadOnlyList<string>? Roles, string? Subject, string? Expires);

    public sealed record Response(string Token, DateTimeOffset ExpiresAt);

    public static IEndpointRouteBuilder MapDevelopmentTokens(this IEndpointRouteBuilder endpoints, DevelopmentSigningKey key, string audience)
    {
        endpoints.MapPost(Path, async (Request request, HubDbContext db, CancellationToken cancellationToken) =>
        {
            var roles = request.Roles is { Count: > 0 } asked ? asked : [Access.Roles.Reader];
            if (roles.FirstOrDefault(r => !Access.Roles.All.Contains(r)) is { } unknownRole)
                return Refuse($"'{unknownRole}' is not a role; use {string.Join(", ", Access.Roles.All.Order())}.");
            var lifetime = DevelopmentTokens.DefaultLifetime;
            if (request.Expires is not null && !Lifetimes.TryParse(request.Expires, out lifetime))
                return Refuse($"'{request.Expires}' is not a lifetime such as 30m, 8h or 2d (at most {Lifetimes.Longest.TotalDays} days).");
            if (string.IsNullOrWhiteSpace(request.Org))
                return Refuse("Name the organisation: { \"org\": \"AF\", \"roles\": [\"reader\"] }.");
            if (!await db.Organisations.AnyAsync(o => o.Code == request.Org, cancellationToken))
                return Refuse($"The Hub has no organisation with the code '{request.Org}'.");
            var issued = DevelopmentTokens.Create(key, audience, request.Org, roles, request.Subject, lifetime);
            return Results.Ok(new Response(issued.Token, issued.ExpiresAt));
        }).WithName("DevelopmentToken").AllowAnonymous();
        return endpoints;
    }

    private static IResult Refuse(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The token cannot be issued");
}
