using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Tests.Infrastructure;

/// <summary>Posts GraphQL requests over real HTTP and reads the response as JSON.</summary>
public static class GraphQLClient
{
    public static async Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null,
        string? operationName = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}

public sealed record GraphQLResponse(int Status, string? ContentType, string Body, JsonNode? Json, HttpResponseMessage Http)
{
    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
        }
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, json, response);
    }

    public JsonNode Data => Json?["data"] ?? throw new InvalidOperationException($"No data in response: {Body}");

    public JsonArray? Errors => Json?["errors"] as JsonArray;

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    /// <summary>Fails the test with the response body when the response has errors.</summary>
    public GraphQLResponse EnsureNoErrors()
    {
        Assert.True(Errors is null || Errors.Count == 0, $"Expected no errors, got: {Body}");
        return this;
    }
}
