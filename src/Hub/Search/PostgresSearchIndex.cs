using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Search;

/// <summary>
/// PostgreSQL's full-text search over titles and texts of interventions, materials and datasets: a
/// <c>"SearchIndex"</c> table whose <c>tsvector</c> column the database generates with the swedish configuration
/// (title weight A, summary B, body C) under a GIN index, filled by row triggers on the three item tables. The
/// migration <c>DatabaseVersionAndSearch</c> holds that SQL, so the application never rebuilds the index.
/// </summary>
/// <remarks>
/// <para>Rows are keyed as on SQLite (<see cref="SqliteSearchIndex"/>): the item's id times sixteen plus its kind's index code (1
/// intervention, 2 material, 3 dataset), so hit ids are unique across kinds and order ties the same way.</para>
/// <para>Matching: each word must occur, as a prefix of a stemmed word (<c>bemötande:*</c>, stemmed to <c>bemöt:*</c>,
/// finds "bemötande", "bemötandet" and "Bemötandets"); words are the letters and digits <see cref="SearchText"/> keeps,
/// so nothing typed can act as a tsquery operator. Unlike FTS5, Swedish stop words ("och", "för") are ignored: a
/// search of stop words alone finds nothing.</para>
/// <para>Ranking: <c>ts_rank</c> with the weights {C, B, A} = {0.1, 0.3, 1.0}, the 1 : 3 : 10 that SQLite gives bm25
/// for body, summary and title. Higher is better, as <see cref="SearchHit.Rank"/> requires.</para>
/// <para>Snippet: <c>ts_headline</c> of the first column (body, summary, title) that holds every word, or else of the
/// first that holds any: the longest text gives the most context, and FTS5's snippet, which scores passages, picks
/// the body over a matching title too. At most 16 words, as FTS5's snippet gives, matches between
/// <see cref="SearchText.MarkStart"/> and <see cref="SearchText.MarkEnd"/>, and '…' where the passage was cut from a
/// longer text. The headline is computed in a subquery fenced by <c>OFFSET 0</c> (once per row, not once per use),
/// and PostgreSQL postpones such costly output columns until after ORDER BY … LIMIT, so only the rows of the page
/// pay for it.</para>
/// </remarks>
public sealed class PostgresSearchIndex : ISearchIndex
{
    /// <summary>The statement for each set of kinds (one per Hub; a test's Hub may have a kind of its own).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Kinds.KindRegistry, string> Statements = new();

    private static readonly string HeadlineOptions =
        $"StartSel={SearchText.MarkStart}, StopSel={SearchText.MarkEnd}, MaxWords=16, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…";

    // {0}: every word as a prefix, ANDed; {1}: the same words ORed; {2}: the headline options. EF Core formats the
    // text with string.Format, so the SQL holds no other braces (arrays are written ARRAY[…]).
    private static string MatchingSql(Kinds.KindRegistry kinds) => Statements.GetValue(kinds, k => $$"""
        SELECT s."Id", {{SearchRowIds.KindAndItemColumns(k, "s.\"Id\"")}},
               ts_rank(ARRAY[0, 0.1, 0.3, 1.0]::real[], s."Document", to_tsquery('swedish', {0}))::double precision AS "Rank",
               (SELECT CASE WHEN strpos(h.source, h.plain) > 1 THEN '…' ELSE '' END || h.marked
                       || CASE WHEN strpos(h.source, h.plain) > 0 AND strpos(h.source, h.plain) + length(h.plain) <= length(h.source) THEN '…' ELSE '' END
                FROM (SELECT c.source, c.marked, translate(c.marked, chr(2) || chr(3), '') AS plain
                      FROM (SELECT b.source, ts_headline('swedish', b.source, to_tsquery('swedish', {0}), {2}) AS marked
                            FROM (SELECT CASE
                                    WHEN ts_filter(s."Document", ARRAY['c']::"char"[]) @@ to_tsquery('swedish', {0}) THEN s."Body"
                                    WHEN ts_filter(s."Document", ARRAY['b']::"char"[]) @@ to_tsquery('swedish', {0}) THEN s."Summary"
                                    WHEN ts_filter(s."Document", ARRAY['a']::"char"[]) @@ to_tsquery('swedish', {0}) THEN s."Title"
                                    WHEN ts_filter(s."Document", ARRAY['c']::"char"[]) @@ to_tsquery('swedish', {1}) THEN s."Body"
                                    WHEN ts_filter(s."Document", ARRAY['b']::"char"[]) @@ to_tsquery('swedish', {1}) THEN s."Summary"
                                    ELSE s."Title" END AS source) AS b
                            OFFSET 0) AS c) AS h) AS "Snippet"
        FROM "SearchIndex" AS s
        WHERE s."Document" @@ to_tsquery('swedish', {0})
        """);

    /// <summary>Index rows matching the text, as a composable SQL source (empty when the text has no words).</summary>
    public IQueryable<SearchHit> Matching(HubDbContext db, string? text, string argument = "query")
    {
        var words = Words(SearchText.ToFtsQuery(text, argument));
        return db.Database.SqlQueryRaw<SearchHit>(MatchingSql(db.Kinds),
            string.Join(" & ", words.Select(w => w + ":*")), string.Join(" | ", words.Select(w => w + ":*")), HeadlineOptions);
    }

    /// <summary>
    /// The words of <see cref="SearchText.ToFtsQuery"/>'s query (<c>"w1"* "w2"*</c>, words of letters and digits only),
    /// so both engines search for exactly the same words, cut and limited alike.
    /// </summary>
    private static IReadOnlyList<string> Words(string? ftsQuery) =>
        ftsQuery is null ? [] : ftsQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '*')).Where(w => w.Length > 0).ToList();
}
