using GraphQL.Types;
using Hub.Auth;
using Hub.Coverage;
using Hub.Kinds;
using Hub.Organisations;
using Hub.Search;
using Hub.Vocabularies;

namespace Hub.GraphQL;

/// <summary>The one shared schema. Root fields are declared by each domain folder; this only assembles them.</summary>
public sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "The Hub: the inventories of interventions, competence-development materials and follow-up statistics shared by the agencies of the joint plan for unemployed foreign-born women's entry into the labour market, and their partners.";
        Query = query;
        Mutation = mutation;
        RegisterVisitor(new Limits.ListLimits());
    }
}

public sealed class QueryType : ObjectGraphType
{
    public QueryType(KindRegistry kinds)
    {
        Name = "Query";
        Description = "Everything the Hub lets you read. Lists are Relay connections; what you see depends on who you are (see Visibility).";
        this.AddMeQueries();
        this.AddOrganisationQueries();
        foreach (var kind in kinds.Inventories) kind.AddList(this);
        this.AddVocabularyQueries();
        this.AddNodeQueries();
        this.AddSearchQueries();
        this.AddCoverageQueries(kinds);
        Hub.Audit.AuditQueries.AddAuditQueries(this);
    }
}
