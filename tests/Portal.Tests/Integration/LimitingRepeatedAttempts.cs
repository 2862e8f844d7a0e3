using System.Net;
using AngleSharp.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// Sign-in, reset and the other account forms answer 429 once one client address, or one account, has posted too
/// often: per address against spraying many accounts, per account against many addresses hammering one.
/// Each test has its own portal, so its limits start fresh (and small: set here, as an operator would).
/// </summary>
public abstract class LimitingRepeatedAttempts : IAsyncLifetime
{
    private readonly PortalApp _app;

    protected LimitingRepeatedAttempts(PortalApp app)
    {
        _app = app
            .With("RateLimits:ForgotPassword:PerAddress", "50").With("RateLimits:ForgotPassword:PerAccount", "5")
            .With("RateLimits:ForgotPassword:WindowSeconds", "60")
            .With("RateLimits:SignIn:PerAddress", "10").With("RateLimits:SignIn:PerAccount", "50")
            .With("RateLimits:SignIn:WindowSeconds", "60")
            .With("RateLimits:TwoFactor:PerAddress", "3").With("RateLimits:TwoFactor:WindowSeconds", "60");
    }

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)_app).DisposeAsync();

    private static async Task<HttpResponseMessage> PostForgotPasswordAsync(PortalClient client, string email)
    {
        var page = await client.OpenAsync("/Account/ForgotPassword");
        return await client.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Email"] = email });
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(PortalClient client, string email)
    {
        var page = await client.OpenAsync("/Account/Login");
        return await client.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a guessed password",
        });
    }

    [Fact]
    public async Task The_sixth_reset_request_for_one_address_within_a_minute_is_refused_and_sends_nothing()
    {
        var org = await _app.RegisterOrganizationAsync();
        int ResetEmails() => _app.EmailsSentTo(org.Owner.Email).Count(m => m.Subject == "Reset your password");

        // From five different machines: the limit is the account's, not only the address's.
        for (var i = 1; i <= 5; i++)
        {
            using var client = _app.NewClient(fromAddress: $"198.51.100.{i}");
            Assert.Equal(HttpStatusCode.OK, (await PostForgotPasswordAsync(client, org.Owner.Email)).StatusCode);
        }
        Assert.Equal(5, ResetEmails());

        using var sixth = _app.NewClient(fromAddress: "198.51.100.6");
        var refused = await PostForgotPasswordAsync(sixth, org.Owner.Email.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        var page = await sixth.FollowAsync(refused);
        Assert.Equal("Too many attempts", page.Heading);
        Assert.Contains("Try again in", page.Text);
        Assert.Equal(5, ResetEmails());

        // Another person's reset from the same machine still goes through.
        var other = await _app.RegisterOrganizationAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostForgotPasswordAsync(sixth, other.Owner.Email)).StatusCode);
    }

    [Fact]
    public async Task Sign_ins_across_made_up_accounts_from_one_address_are_refused_after_the_limit()
    {
        using var client = _app.NewClient(fromAddress: "203.0.113.7");
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await PostSignInAsync(client, Journeys.NewEmail("made-up"))).StatusCode);

        var refused = await PostSignInAsync(client, Journeys.NewEmail("made-up"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);

        // Opening the form is not an attempt; another machine is not limited by this one.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        using var elsewhere = _app.NewClient(fromAddress: "203.0.113.8");
        Assert.Equal(HttpStatusCode.OK, (await PostSignInAsync(elsewhere, Journeys.NewEmail("made-up"))).StatusCode);
    }

    [Fact]
    public async Task The_refusal_page_is_in_the_visitors_language()
    {
        using var client = _app.NewClient(fromAddress: "203.0.113.9");
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CA");
        for (var i = 0; i < 10; i++) await PostSignInAsync(client, Journeys.NewEmail("made-up"));

        var page = await client.FollowAsync(await PostSignInAsync(client, Journeys.NewEmail("made-up")));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Equal("Trop de tentatives", page.Heading);
    }

    [Fact]
    public async Task The_refusal_page_after_too_many_two_factor_codes_says_so_though_the_codes_field_is_named_code()
    {
        var org = await _app.RegisterOrganizationAsync();
        string key;
        using (var setup = await _app.SignedInClientAsync(org.Owner)) key = await _app.EnableTwoFactorAsync(setup);
        var wrong = Totp.Code(key, _app.Clock.GetUtcNow()) == "000000" ? "111111" : "000000";
        using var client = _app.NewClient(fromAddress: "198.51.100.77");
        var second = await client.SignInAsync(org.Owner.Email, org.Owner.Password);
        Assert.Equal("/Account/LoginWith2fa", second.Path);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(second, "main form", new() { ["Code"] = wrong })).StatusCode);

        // The refused post is re-executed on the status page with its form, "Code" in it: the page takes its own code
        // from the address, not from that field.
        var page = await client.FollowAsync(await client.SubmitAsync(second, "main form", new() { ["Code"] = wrong }));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Equal("Too many attempts", page.Heading);
    }

    [Fact]
    public async Task A_forwarded_address_is_believed_only_from_a_known_proxy()
    {
        // Not configured: X-Forwarded-For is the client's own claim, and changing it does not escape the limit.
        using var direct = _app.NewClient(fromAddress: "127.0.0.1");
        for (var i = 0; i < 10; i++)
        {
            direct.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            direct.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, (await PostSignInAsync(direct, Journeys.NewEmail("made-up"))).StatusCode);
        }
        direct.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
        direct.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostSignInAsync(direct, Journeys.NewEmail("made-up"))).StatusCode);
    }
}

public sealed class LimitingRepeatedAttemptsOnSqlite() : LimitingRepeatedAttempts(new SqlitePortal());
public sealed class LimitingRepeatedAttemptsOnPostgres() : LimitingRepeatedAttempts(new PostgresPortal());

/// <summary>Behind a reverse proxy named in ForwardedHeaders:KnownProxies, the client address is the one it forwards.</summary>
public abstract class LimitingBehindAProxy : IAsyncLifetime
{
    private readonly PortalApp _app;

    protected LimitingBehindAProxy(PortalApp app)
    {
        _app = app.With("ForwardedHeaders:KnownProxies:0", "10.0.0.5")
            .With("RateLimits:SignIn:PerAddress", "3").With("RateLimits:SignIn:WindowSeconds", "60");
    }

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)_app).DisposeAsync();

    private static async Task<HttpStatusCode> SignInThroughProxyAsync(PortalClient proxy, string clientAddress)
    {
        var page = await proxy.OpenAsync("/Account/Login");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login");
        request.Headers.Add("X-Forwarded-For", clientAddress);
        var form = page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form")!;
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("[name='__RequestVerificationToken']")!.Value,
            ["Input.Email"] = Journeys.NewEmail("made-up"),
            ["Input.Password"] = "a guessed password",
        });
        using var response = await proxy.Http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Clients_behind_the_known_proxy_have_a_limit_each()
    {
        using var proxy = _app.NewClient(fromAddress: "10.0.0.5");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, await SignInThroughProxyAsync(proxy, "198.51.100.20"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInThroughProxyAsync(proxy, "198.51.100.20"));
        Assert.Equal(HttpStatusCode.OK, await SignInThroughProxyAsync(proxy, "198.51.100.21"));

        // Anyone else's X-Forwarded-For is ignored: this machine is limited as itself.
        using var stranger = _app.NewClient(fromAddress: "127.0.0.1"); // not even loopback, which ASP.NET Core trusts by default
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, await SignInThroughProxyAsync(stranger, $"198.51.100.{30 + i}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInThroughProxyAsync(stranger, "198.51.100.40"));
    }
}

public sealed class LimitingBehindAProxyOnSqlite() : LimitingBehindAProxy(new SqlitePortal());
public sealed class LimitingBehindAProxyOnPostgres() : LimitingBehindAProxy(new PostgresPortal());
