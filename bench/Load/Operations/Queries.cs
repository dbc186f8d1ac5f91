namespace Hub.Bench.Operations;

/// <summary>The GraphQL documents of the benchmark: what an agency's system would send for each representative read.</summary>
public static class Queries
{
    public const string MaterialList = """
        query MaterialList($filter: MaterialFilter) {
          materials(first: 20, filter: $filter) {
            nodes {
              id title durationMinutes
              format { code labelSv }
              owner { id code name }
              themes { nodes { code labelSv } }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string Search = """
        query Search($query: String!) {
          search(query: $query, first: 20) {
            nodes {
              kind rank
              snippet { text highlights { start length } }
              item {
                __typename
                ... on CompetenceMaterial { id title owner { id code name } }
                ... on Intervention { id title owner { id code name } }
                ... on StatisticsDataset { id title owner { id code name } }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string Node = """
        query Node($id: ID!) {
          node(id: $id) {
            ... on CompetenceMaterial {
              id title description platform licence durationMinutes version
              format { code labelSv }
              themes { nodes { code labelSv } }
              audiences { nodes { code labelSv } }
              languages { nodes { code labelSv } }
              owner { id code name }
            }
          }
        }
        """;

    public const string InterventionList = """
        query InterventionList($filter: InterventionFilter) {
          interventions(first: 20, filter: $filter) {
            nodes {
              id title status
              owner { id code name }
              targetGroups { nodes { code labelSv } }
              partners(first: 5) { nodes { code name } }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string Compare = """
        query Compare($id: ID!) {
          node(id: $id) {
            ... on StatisticsDataset {
              id title
              compare(by: SEX, reference: "M") {
                coordinates { code }
                reference
                groups { group { code labelSv } isReference count rate ratio reason countRatio }
              }
            }
          }
        }
        """;

    /// <summary>The smallest request: measures what the GraphQL pipeline costs per request, without the database.</summary>
    public const string Typename = "query Typename { __typename }";

    public const string FindCompare = """
        query FindCompare {
          query: __type(name: "Query") { fields { name } }
          dataset: __type(name: "StatisticsDataset") { fields { name args { name } } }
        }
        """;
}
