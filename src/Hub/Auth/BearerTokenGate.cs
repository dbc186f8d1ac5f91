using System.Text;
using Hub.Errors;
using Hub.GraphQL.Transport;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Net.Http.Headers;

namespace Hub.Auth;

/// <summary>
/// A request either carries no token (anonymous) or a valid one. A token that is present but invalid ends the
/// request with 401 and says why, never falling back to anonymous: a client with a broken token should
/// learn that, not silently see less.
/// </summary>
public static class BearerTokenGate
{
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!http.Request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            await next(http);
            return;
        }
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result is { Succeeded: true, Principal: { } principal })
        {
            http.User = principal;
            await next(http);
            return;
        }
        var audience = http.RequestServices.GetRequiredService<TrustedIssuers>().Audience;
        await RefuseAsync(http, TokenFailure.Describe(result.Failure, audience));
    }

    private static async Task RefuseAsync(HttpContext http, string description)
    {
        http.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{HeaderSafe(description)}\"";
        http.Response.Headers.CacheControl = "no-store";
        await http.RequestServices.GetRequiredService<ErrorResponses>()
            .WriteAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, description);
    }

    /// <summary>A quoted-string of RFC 9110 in plain ASCII: no quotes, backslashes or control characters.</summary>
    private static string HeaderSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text) safe.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c : c == '"' ? '\'' : '?');
        return safe.ToString();
    }
}
