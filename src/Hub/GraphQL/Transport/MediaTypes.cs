using Microsoft.Net.Http.Headers;

namespace Hub.GraphQL.Transport;

/// <summary>Media types of the GraphQL-over-HTTP specification and the negotiation of the response type.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>The response type for an Accept header: graphql-response+json unless only JSON is acceptable; null when neither is.</summary>
    public static string? NegotiateResponse(IList<string?> acceptHeaders)
    {
        if (acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders.OfType<string>().ToList(), out var accepted) || accepted.Count == 0)
            return GraphQLResponse;
        string? best = null;
        double bestQuality = 0;
        foreach (var range in accepted)
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0) continue;
            var candidate = Matches(range, GraphQLResponse) ? GraphQLResponse : Matches(range, Json) ? Json : null;
            if (candidate is null) continue;
            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse && !range.MatchesAllTypes))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    public static bool PrefersHtml(IList<string?> acceptHeaders) =>
        MediaTypeHeaderValue.TryParseList(acceptHeaders.OfType<string>().ToList(), out var accepted)
        && accepted.Any(a => a.MediaType.Equals(Html, StringComparison.OrdinalIgnoreCase));

    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    // Compared by type and subtype only: ASP.NET's IsSubsetOf would let "+json" types satisfy "application/json".
    private static bool Matches(MediaTypeHeaderValue range, string mediaType)
    {
        if (range.MatchesAllTypes) return true;
        var slash = mediaType.IndexOf('/');
        return range.MatchesAllSubTypes
            ? range.Type.Equals(mediaType[..slash], StringComparison.OrdinalIgnoreCase)
            : range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
