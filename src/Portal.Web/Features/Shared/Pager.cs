using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Web.Features.Shared;

/// <summary>A page of a list: which page, how many in all, and the links to the neighbours keeping the filters.</summary>
public sealed record Pager(int Page, int PageSize, int TotalCount, string Path, IReadOnlyDictionary<string, string?> Query)
{
    /// <summary>"page" is taken by Razor Pages' own route value, so the page number travels as "p".</summary>
    public const string QueryKey = "p";

    /// <summary>The page shown: a number past the last (an old link, a typed one) shows the last page, and says so.</summary>
    public int Page { get; } = Math.Clamp(Page, 1, Math.Max(1, (TotalCount + PageSize - 1) / PageSize));

    public int TotalPages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public int Skip => (Page - 1) * PageSize;

    public string UrlFor(int page)
    {
        var q = Query.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value);
        q[QueryKey] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, q);
    }

    public static int Normalize(int page) => page < 1 ? 1 : page;
}
