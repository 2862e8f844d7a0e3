namespace Portal.Web.Data;

/// <summary>
/// The "contains" pattern every search box uses: lower-cased (the column is lower-cased too, so the search
/// ignores case on PostgreSQL as on SQLite) with LIKE's wildcards escaped, so "50%" means 50%.
/// </summary>
public static class Search
{
    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
