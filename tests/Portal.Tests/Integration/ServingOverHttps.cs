using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// Outside Development the portal speaks HTTPS only: its cookies are Secure and __Host- prefixed, browsers are told
/// to come back over HTTPS (HSTS), and plain HTTP is redirected. Development keeps working on http://localhost:5080.
/// </summary>
public abstract class ServingOverHttps(PortalApp app)
{
    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    private static void AssertHostCookie(List<string> setCookies, string name)
    {
        var cookie = Assert.Single(setCookies, c => c.StartsWith(name + "=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_session_antiforgery_and_two_factor_cookies_are_secure_and_host_only()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = app.NewClient();
        var login = await client.GetAsync("/Account/Login");
        AssertHostCookie(SetCookies(login), "__Host-portal.af");

        var page = await client.FollowAsync(login);
        var signedIn = await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = org.Owner.Email,
            ["Input.Password"] = org.Owner.Password,
        });
        AssertHostCookie(SetCookies(signedIn), "__Host-portal.auth");

        await app.EnableTwoFactorAsync(client);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        using var second = app.NewClient();
        var form = await second.OpenAsync("/Account/Login");
        var passwordStep = await second.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = org.Owner.Email,
            ["Input.Password"] = org.Owner.Password,
        });
        AssertHostCookie(SetCookies(passwordStep), "__Host-portal.2fa");
    }

    [Fact]
    public async Task Browsers_are_told_to_use_https_from_now_on()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync("https://portal.example.org/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=", hsts, StringComparison.Ordinal);
    }
}

public sealed class ServingOverHttpsOnSqlite(SqlitePortal app) : ServingOverHttps(app), IClassFixture<SqlitePortal>;
public sealed class ServingOverHttpsOnPostgres(PostgresPortal app) : ServingOverHttps(app), IClassFixture<PostgresPortal>;

/// <summary>The HTTP port and the development set-up: one portal per test, each with its own settings.</summary>
public sealed class ServingOverHttpsSettings
{
    [Fact]
    public async Task Plain_http_is_redirected_to_https_when_the_https_port_is_known()
    {
        await using var app = new SqlitePortal();
        app.With("https_port", "443");
        await app.InitializeAsync();
        using var client = app.NewClient();
        var response = await client.GetAsync("http://portal.example.org/Account/Login?ReturnUrl=%2FOffers");
        Assert.True(PortalClient.IsRedirect(response.StatusCode), response.StatusCode.ToString());
        Assert.Equal("https://portal.example.org/Account/Login?ReturnUrl=%2FOffers", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Plain_http_is_sent_to_the_public_address_when_the_https_port_is_not_known()
    {
        await using var app = new SqlitePortal();
        await app.InitializeAsync();
        using var client = app.NewClient();
        var page = await client.GetAsync("http://localhost/Account/Login?ReturnUrl=%2FOffers");
        Assert.Equal(HttpStatusCode.PermanentRedirect, page.StatusCode);
        Assert.Equal(app.PublicBaseUrl.TrimEnd('/') + "/Account/Login?ReturnUrl=%2FOffers", page.Headers.Location!.ToString());
        var post = await client.Http.PostAsync("http://localhost/Account/Login", new FormUrlEncodedContent([new("Email", "someone@example.test")]));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("http://localhost/health")).StatusCode);
    }

    [Fact]
    public async Task Development_runs_on_plain_http_with_no_set_up()
    {
        await using var app = new SqlitePortal { EnvironmentName = "Development" };
        app.With("Portal:PublicBaseUrl", "http://localhost:5080");
        app.ClientOptions.BaseAddress = new Uri("http://localhost:5080");
        await app.InitializeAsync();
        var org = await app.RegisterOrganizationAsync();
        using var client = await app.SignedInClientAsync(org.Owner);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Organization")).StatusCode);
        Assert.Contains(client.Cookies.GetAllCookies(), c => c.Name == "portal.auth" && !c.Secure);
        Assert.DoesNotContain((await client.GetAsync("/")).Headers, h => h.Key == "Strict-Transport-Security");
    }
}
