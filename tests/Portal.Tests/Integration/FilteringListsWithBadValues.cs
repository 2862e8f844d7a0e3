using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// Every list page, and every page that takes a record's id or code in its address, fed values no form of the portal
/// sends (zero, negative, huge, not a number, a NUL character, very long) by the role that can see it: the answer is a
/// 400, or the page with its list and the bad value ignored; never a 500.
/// </summary>
public abstract class FilteringListsWithBadValues(PortalWithOneOfEverything portal)
{
    public static readonly string[] BadValues =
    [
        "0", "-1", "9999", "99999", "2147483647", "2147483648", "99999999999999999999", "-99999999999999999999",
        "abc", "1e309", "NaN", "\0", "a\0b", "\r\n", "%", "é🙂\u202e", new string('9', 400), new string('x', 5000),
    ];

    /// <summary>
    /// Role, list page, its list (or its empty state), one row of it, and its query values. A value marked "!" is one
    /// that, out of range, is ignored: the list is then exactly the list without it.
    /// </summary>
    public static TheoryData<string, string, string, string, string> Lists => new()
    {
        { "owner", "/Offers", "[data-testid='offers'], [data-testid='offers-empty']", "[data-testid='offer-row']", "q status! program year! sort! p! handler!" },
        { "admin", "/Offers", "[data-testid='offers'], [data-testid='offers-empty']", "[data-testid='offer-row']", "q status! program year! sort! p! handler!" },
        { "owner", "/Offers?handler=Csv", "", "", "q status! program year! sort!" },
        { "owner", "/Organization/History", "[data-testid='audit'], [data-testid='audit-empty']", "[data-testid='audit-row']", "p entityType handler!" },
        { "owner", "/Organization/Members", "[data-testid='members']", "[data-testid='members'] tbody tr", "handler!" },
        { "owner", "/Designations", "[data-testid='applications'], [data-testid='no-applications']", "[data-testid='applications'] tbody tr", "handler!" },
        { "staff", "/Endorsements", "[data-testid='cases'], [data-testid='no-cases']", "[data-testid='cases'] tbody tr", "handler!" },
        { "staff", "/Commitments", "[data-testid='tracking'], [data-testid='no-commitments']", "[data-testid='tracking-row']", "state! owner! dueBy! p! handler!" },
        { "admin", "/Admin", "[data-testid='organizations'], [data-testid='organizations-empty']", "[data-testid='organizations'] tbody tr", "q p! handler!" },
        { "admin", "/Admin/Audit", "[data-testid='audit'], [data-testid='audit-empty']", "[data-testid='audit-row']", "p entityType organizationId! handler!" },
        { "admin", "/Admin/Outbox", "[data-testid='outbox'], [data-testid='outbox-empty']", "[data-testid='outbox-row']", "status! q p! handler!" },
        { "admin", "/Admin/Designations", "[data-testid='queue'], [data-testid='queue-empty']", "[data-testid='queue-row']", "status! province p! handler!" },
        { "admin", "/Admin/Reference", "[data-testid='programs']", "[data-testid='programs'] tbody tr", "handler!" },
        { "admin", "/Admin/Reference/Occupations", "[data-testid='occupations']", "[data-testid='occupations'] tbody tr", "q p handler!" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_answers_bad_query_values_with_a_400_or_its_list_without_the_filter(
        string role, string path, string list, string row, string parameters)
    {
        var client = portal.As(role);
        var baseline = await RowsAsync(client, path, list, row);
        Assert.True(baseline.Count > 0, $"{path} shows no row to compare with.");
        var failures = new List<string>();
        foreach (var parameter in parameters.Split(' '))
        {
            var name = parameter.TrimEnd('!');
            foreach (var value in BadValues)
            {
                var url = path + (path.Contains('?') ? "&" : "?") + name + "=" + Uri.EscapeDataString(value);
                var shown = Shorten(url);
                using var response = await client.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.BadRequest) continue;
                // An unknown handler is a page that does not exist.
                if (name == "handler" && response.StatusCode == HttpStatusCode.NotFound) continue;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{shown}: {(int)response.StatusCode}");
                    continue;
                }
                var rows = await RowsAsync(client, response, list, row);
                if (!rows.ListShown)
                    failures.Add($"{shown}: 200 without its list");
                else if (parameter.EndsWith('!') && !rows.SequenceEqual(baseline))
                    failures.Add($"{shown}: {rows.Count} rows instead of the {baseline.Count} shown without the filter");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Pages of one record, by id, code or province in the address.</summary>
    public static TheoryData<string, string> Records => new()
    {
        { "owner", "/Offers/Details?id={0}" },
        { "owner", "/Offers/Edit?id={0}" },
        { "owner", "/Documents/Download?id={0}" },
        { "owner", "/Designations/Details?id={0}" },
        { "owner", "/Designations/Edit?id={0}" },
        { "owner", "/Designations/Edit?province={0}" },
        { "owner", "/Organization/Members/Member?id={0}" },
        { "staff", "/Endorsements/Case?id={0}" },
        { "staff", "/Endorsements/Edit?id={0}" },
        { "staff", "/Endorsements/Edit?offer={0}" },
        { "staff", "/Endorsements/Commitment?id={0}" },
        { "admin", "/Offers/Details?id={0}" },
        { "admin", "/Admin/Organization?id={0}" },
        { "admin", "/Admin/Designations/Review?id={0}" },
        { "admin", "/Admin/Reference/Program?code={0}" },
        { "admin", "/Admin/Reference/Occupation?code={0}" },
        { "owner", "/Status?code={0}" },
        { "owner", "/Culture?culture={0}" },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public async Task A_page_of_one_record_answers_a_bad_id_or_code_with_a_4xx_never_a_500(string role, string template)
    {
        var client = portal.As(role);
        var failures = new List<string>();
        foreach (var value in BadValues.Append(Guid.Empty.ToString()))
        {
            var url = template.Replace("{offer}", portal.Offer.ToString(), StringComparison.Ordinal)
                .Replace("{0}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            using var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500) failures.Add($"{Shorten(url)}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private sealed class Rows(bool listShown) : List<string>
    {
        public bool ListShown { get; } = listShown;
    }

    private static async Task<Rows> RowsAsync(PortalClient client, string url, string list, string row)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await RowsAsync(client, response, list, row);
    }

    /// <summary>The rows the answer shows: lines of a CSV file, or the list's rows on a page.</summary>
    private static async Task<Rows> RowsAsync(PortalClient client, HttpResponseMessage response, string list, string row)
    {
        if (response.Content.Headers.ContentType?.MediaType == "text/csv")
        {
            var csv = new Rows(listShown: true);
            csv.AddRange((await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            return csv;
        }
        var page = await client.FollowAsync(response);
        var rows = new Rows(page.Document.QuerySelector(list) is not null);
        rows.AddRange(page.Document.QuerySelectorAll(row).Select(r => r.TextContent.Trim()));
        return rows;
    }

    private static string Shorten(string url) => url.Length > 120 ? url[..120] + "…" : url;
}

public sealed class FilteringListsWithBadValuesOnSqlite(SqlitePortalWithOneOfEverything portal) : FilteringListsWithBadValues(portal), IClassFixture<SqlitePortalWithOneOfEverything>;
public sealed class FilteringListsWithBadValuesOnPostgres(PostgresPortalWithOneOfEverything portal) : FilteringListsWithBadValues(portal), IClassFixture<PostgresPortalWithOneOfEverything>;
