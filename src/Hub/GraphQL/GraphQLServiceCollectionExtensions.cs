using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQL.DI;
using Hub.Access;
using Hub.Kinds;
using Hub.GraphQL.Limits;
using Microsoft.Extensions.Options;
using Hub.GraphQL.Transport;
using Hub.Vocabularies;

namespace Hub.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddHubGraphQL(this IServiceCollection services)
    {
        services.AddHubKinds();
        services.AddGraphQL(graphql => graphql
            .AddSchema<HubSchema>()
            .AddGraphTypes(typeof(HubSchema).Assembly)
            // JSON bodies are never embedded in HTML, so Swedish letters and quotes go out as UTF-8 text, unescaped.
            // One DbContext serves the whole request, so resolvers must never run at the same time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<HubErrorInfoProvider>()
            // Rules that depend on the caller or the variables also run on cached documents.
            .AddValidationRule<Authorization.AuthorizationValidationRule>(useForCachedDocuments: true)
            .AddValidationRule<ValidationErrorBudget>()
            .UsePersistedDocuments<TrustedDocuments>(global::GraphQL.DI.ServiceLifetime.Singleton, (persisted, services) =>
                persisted.AllowOnlyPersistedDocuments = services.GetRequiredService<IConfiguration>().GetValue("Hub:GraphQL:OnlyTrustedDocuments", false))
            // The execution timeout is the request's own (ExecutionDeadline), checked before every field.
            .UseMiddleware(new ExecutionDeadline.FieldMiddleware())
            .AddUnhandledExceptionHandler(context =>
            {
                var options = context.ExecutionOptions;
                var http = options.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext;
                var logger = options.RequestServices!.GetRequiredService<ILogger<HubSchema>>();
                HubErrorInfoProvider.HandleUnhandled(context, logger, http?.TraceIdentifier ?? Guid.NewGuid().ToString("N"));
            }));
        services.AddOptions<QueryLimitOptions>().BindConfiguration(QueryLimitOptions.Section)
            .Validate(limits => limits.ExecutionTimeout > TimeSpan.Zero, "Hub:Limits:ExecutionTimeout must be a positive time span.")
            .ValidateOnStart();
        services.AddOptions<Caching.ResultCacheOptions>().BindConfiguration(Caching.ResultCacheOptions.Section);
        services.AddSingleton<Caching.ResultCache>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        services.AddSingleton<IConfigureExecution, QueryLimits>();
        services.AddHttpContextAccessor();
        services.AddSingleton<VocabularyCache>();
        services.AddSingleton<CallerResolver>();
        services.AddScoped<GraphQLHttpEndpoint>();
        services.AddSingleton<ErrorResponses>();
        return services;
    }

    public static IEndpointRouteBuilder MapHubGraphQL(this IEndpointRouteBuilder endpoints)
    {
        // Every method reaches the endpoint, which refuses what GraphQL over HTTP does not use, except a CORS
        // preflight (OPTIONS), which the CORS middleware answers first.
        endpoints.Map("/graphql", (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http))
            .RequireCors(CrossOrigin.ApiPolicy);
        return endpoints;
    }
}
