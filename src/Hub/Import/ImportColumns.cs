using Hub.Access;
using Hub.Publishing;

namespace Hub.Import;

/// <summary>
/// Which field each column of a file fills. Headers match a field's API name or one of its aliases (Swedish
/// headers) ignoring case, spaces, hyphens and underscores: "externalId", "External ID", "titel", "E-post".
/// </summary>
public static class ImportColumns
{
    public static string Normalise(string header) => new([.. header.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>The fields of the columns; an unknown or repeated column is a problem of the file (line 1).</summary>
    public static Dictionary<string, ItemField<T>> Map<T>(ItemKind<T> kind, IEnumerable<string> columns, List<ImportProblem> problems)
        where T : class, IEntity
    {
        var byName = Names(kind);
        var map = new Dictionary<string, ItemField<T>>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (!byName.TryGetValue(Normalise(column), out var field))
            {
                problems.Add(new ImportProblem(1, column, UserErrorCodes.UnknownColumn,
                    $"'{column}' is not a column of {kind.Noun} imports. Known columns: {string.Join(", ", kind.Fields.Select(f => f.Name))} (or their Swedish names, see docs/import.md)."));
                continue;
            }
            if (map.FirstOrDefault(p => p.Value == field).Key is { } other)
            {
                problems.Add(new ImportProblem(1, column, UserErrorCodes.Duplicate, $"'{column}' and '{other}' both fill {field.Name}; keep one of them."));
                continue;
            }
            map[column] = field;
        }
        return map;
    }

    /// <summary>How many of the columns this kind of item does not know: the kind that knows them all is the file's.</summary>
    public static int Unknown<T>(ItemKind<T> kind, IEnumerable<string> columns) where T : class, IEntity
    {
        var byName = Names(kind);
        return columns.Count(c => !byName.ContainsKey(Normalise(c)));
    }

    private static Dictionary<string, ItemField<T>> Names<T>(ItemKind<T> kind) where T : class, IEntity
    {
        var names = new Dictionary<string, ItemField<T>>(StringComparer.Ordinal);
        foreach (var field in kind.Fields)
            foreach (var name in field.Aliases.Prepend(field.Name))
                names.TryAdd(Normalise(name), field);
        return names;
    }
}
