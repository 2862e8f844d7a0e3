using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// What a signed-in person sees (pages, documents, the CSV export, even a redirect or a 404) is never kept by the
/// browser or a proxy: on a shared computer, Back or a cache must not show a worker's passport number to the next
/// person (OWASP ASVS 8.2.1). Public pages and static files stay cacheable.
/// </summary>
public abstract class KeepingSignedInPagesOutOfCaches(PortalWithOneOfEverything portal)
{
    public static TheoryData<string, string> SignedIn => new()
    {
        { "owner", "/Organization" },
        { "owner", "/Offers" },
        { "owner", "/Offers?handler=Csv" },
        { "owner", "/Offers/Details?id={offer}" },
        { "owner", "/Documents/Download?id={offerDocument}" },
        { "owner", "/Documents/Download?id={atlanticDocument}" },
        { "owner", "/Organization/History" },
        { "owner", "/Designations" },
        { "owner", "/Account/Manage/Reminders" },
        { "owner", "/Offers/Details?id=00000000-0000-0000-0000-000000000000" },
        { "owner", "/Admin" },
        { "owner", "/" },
        { "staff", "/Commitments" },
        { "staff", "/Endorsements/Case?id={case}" },
        { "admin", "/Admin" },
        { "admin", "/Admin/Outbox" },
        { "admin", "/Admin/Audit" },
        { "admin", "/Admin/Reference" },
        { "admin", "/Admin/Designations/Review?id={application}" },
        { "admin", "/Documents/Download?id={atlanticDocument}" },
        { "admin", "/Offers?handler=Csv" },
    };

    [Theory]
    [MemberData(nameof(SignedIn))]
    public async Task Every_answer_to_a_signed_in_person_is_marked_no_store(string role, string template)
    {
        var url = template.Replace("{offer}", portal.Offer.ToString(), StringComparison.Ordinal)
            .Replace("{offerDocument}", portal.OfferDocument.ToString(), StringComparison.Ordinal)
            .Replace("{atlanticDocument}", portal.AtlanticDocument.ToString(), StringComparison.Ordinal)
            .Replace("{case}", portal.Case.ToString(), StringComparison.Ordinal)
            .Replace("{application}", portal.Application.ToString(), StringComparison.Ordinal);
        using var response = await portal.As(role).GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Found or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url} ({(int)response.StatusCode}): Cache-Control is '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task Downloads_and_the_export_are_no_store_and_still_download()
    {
        var owner = portal.As("owner");
        foreach (var url in new[]
                 {
                     $"/Documents/Download?id={portal.OfferDocument}",
                     $"/Documents/Download?id={portal.AtlanticDocument}",
                     "/Offers?handler=Csv",
                 })
        {
            using var response = await owner.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore == true, url);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }
    }

    [Fact]
    public async Task Public_pages_and_static_files_are_not_forced_out_of_caches()
    {
        using var anonymous = portal.App.NewClient();
        using var css = await anonymous.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.NotEqual(true, css.Headers.CacheControl?.NoStore);
        using var signedInCss = await portal.As("owner").GetAsync("/css/site.css");
        Assert.NotEqual(true, signedInCss.Headers.CacheControl?.NoStore);
        using var status = await anonymous.GetAsync("/Status?code=404");
        Assert.NotEqual(true, status.Headers.CacheControl?.NoStore);
    }
}

public sealed class KeepingSignedInPagesOutOfCachesOnSqlite(SqlitePortalWithOneOfEverything portal) : KeepingSignedInPagesOutOfCaches(portal), IClassFixture<SqlitePortalWithOneOfEverything>;
public sealed class KeepingSignedInPagesOutOfCachesOnPostgres(PostgresPortalWithOneOfEverything portal) : KeepingSignedInPagesOutOfCaches(portal), IClassFixture<PostgresPortalWithOneOfEverything>;
