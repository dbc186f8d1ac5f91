using GraphQL;
using GraphQL.Types;
using Hub.GraphQL;
using Hub.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hub.Vocabularies;

public static class VocabularyQueries
{
    public static void AddVocabularyQueries(this ObjectGraphType query) =>
        query.Connection<object?, VocabularyEntryConnectionType>("vocabulary",
                "The entries of one controlled vocabulary, in their listing order, with Swedish and English labels.")
            .Argument<NonNullGraphType<VocabularySchemeGraphType>>("scheme", "Which vocabulary, e.g. TARGET_GROUP.")
            .ResolveAsync(async c =>
            {
                var scheme = c.GetArgument<string>("scheme");
                var entries = c.Hub().Db.VocabularyEntries.AsNoTracking().Where(v => v.Scheme == scheme);
                return await VocabularyOrderings.BySortOrder.PageAsync(entries, c.Paging(), c.CancellationToken);
            });
}
