using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public abstract class SigningIn(PortalApp app)
{
    /// <summary>The one answer to every failed sign-in, whatever the reason.</summary>
    public const string Refused = "The email address or password is not correct, or this account cannot sign in yet.";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = app.NewClient();
        for (var i = 0; i < 5; i++)
            Assert.Contains(Refused, (await client.SignInAsync(org.Owner.Email, "wrong password " + i)).Summary);

        var withRightPassword = await client.SignInAsync(org.Owner.Email, org.Owner.Password);
        Assert.Equal("/Account/Login", withRightPassword.Path);
        Assert.Contains(Refused, withRightPassword.Summary);
        // ASP.NET Core Identity sets the lockout's end by the real clock, not by the portal's (which the tests move).
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == org.Owner.Email).Select(u => u.LockoutEnd).SingleAsync()) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = app.NewClient();
        var page = await client.SignInAsync(Journeys.NewEmail("nobody"), "whatever password here");
        Assert.Equal(Refused, page.Summary);
    }

    [Fact]
    public async Task Guessing_on_an_unconfirmed_account_locks_it_and_the_answer_never_tells_the_password_was_right()
    {
        var email = Journeys.NewEmail("unconfirmed");
        using var client = app.NewClient();
        Assert.Equal("/Account/RegisterConfirmation",
            (await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Unconfirmed Co", Journeys.NewBusinessNumber(), email))).Path);

        var right = await client.SignInAsync(email, Journeys.Password);
        var wrong = await client.SignInAsync(email, "a wrong password guess");
        Assert.Equal("/Account/Login", right.Path);
        Assert.Equal(Refused, right.Summary);
        Assert.Equal(right.Summary, wrong.Summary);
        // Help for a person who really did not confirm: the login page links to a new confirmation email.
        Assert.NotNull(right.Document.QuerySelector("a[href='/Account/ResendConfirmation']"));

        for (var i = 0; i < 4; i++) await client.SignInAsync(email, "another wrong guess " + i);
        var user = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => new { u.LockoutEnd, u.AccessFailedCount }).SingleAsync());
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow, "Five wrong passwords lock an unconfirmed account too."); // Identity's own clock
    }

    [Theory]
    [InlineData("/Account/Manage/Reminders")]
    [InlineData("/Account/Manage/TwoFactor")]
    public async Task The_account_settings_pages_send_an_anonymous_visitor_to_sign_in(string path)
    {
        using var client = app.NewClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_comes_back_after()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = app.NewClient();
        var response = await client.GetAsync("/Organization/Members");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);

        var landed = await client.SignInAsync(org.Owner.Email, org.Owner.Password, returnUrl: "/Organization/Members");
        Assert.Equal("/Organization/Members", landed.Path);
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example")]
    public async Task A_return_url_to_another_site_is_ignored(string returnUrl)
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = app.NewClient();
        var login = await client.OpenAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var response = await client.SubmitAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = org.Owner.Email,
            ["Input.Password"] = org.Owner.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = app.NewClient();
        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = org.Owner.Email,
            ["Input.Password"] = org.Owner.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.Contains("portal.auth", StringComparison.Ordinal)));
        Assert.Contains("could not be accepted", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_emailed_link_once()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = app.NewClient();
        var forgot = await client.OpenAsync("/Account/ForgotPassword");
        var sent = await client.SubmitAndFollowAsync(forgot, "main form", new Dictionary<string, string> { ["Email"] = org.Owner.Email });
        Assert.NotNull(sent.TestId("reset-sent"));

        var mail = app.LastEmailTo(org.Owner.Email);
        Assert.Equal("Reset your password", mail.Subject);
        var link = new Uri(mail.LinkTo("/Account/ResetPassword")).PathAndQuery;
        var reset = await client.OpenAsync(link);
        var done = await client.SubmitAndFollowAsync(reset, "main form", new Dictionary<string, string>
        {
            ["Password"] = "quiet lighthouse orchard blue",
            ["ConfirmPassword"] = "quiet lighthouse orchard blue",
        });
        Assert.Equal("/Account/Login", done.Path);

        Assert.Equal("/Account/Login", (await client.SignInAsync(org.Owner.Email, org.Owner.Password)).Path);
        Assert.Equal("/Organization", (await client.SignInAsync(org.Owner.Email, "quiet lighthouse orchard blue")).Path);

        // The same link cannot be used again.
        using var other = app.NewClient();
        var again = await other.OpenAsync(link);
        var refused = await other.SubmitAndFollowAsync(again, "main form", new Dictionary<string, string>
        {
            ["Password"] = "another fresh passphrase",
            ["ConfirmPassword"] = "another fresh passphrase",
        });
        Assert.Contains("invalid or has expired", refused.Summary);
    }

    [Fact]
    public async Task Asking_for_a_reset_of_an_unknown_address_sends_nothing_and_says_the_same()
    {
        using var client = app.NewClient();
        var email = Journeys.NewEmail("ghost");
        var forgot = await client.OpenAsync("/Account/ForgotPassword");
        var sent = await client.SubmitAndFollowAsync(forgot, "main form", new Dictionary<string, string> { ["Email"] = email });
        Assert.NotNull(sent.TestId("reset-sent"));
        Assert.Empty(app.EmailsSentTo(email));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = await app.SignedInClientAsync(org.Owner);
        var page = await client.OpenAsync("/Organization");
        var after = await client.SubmitAndFollowAsync(page, "form[action='/Account/Logout']");
        Assert.Equal("/", after.Path);
        var response = await client.GetAsync("/Organization");
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_health_endpoint_checks_the_database()
    {
        using var client = app.NewClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_page_is_a_friendly_404()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = await app.SignedInClientAsync(org.Owner);
        var page = await client.OpenAsync("/Organization/Members/Member?id=" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
    }
}

public sealed class SigningInOnSqlite(SqlitePortal app) : SigningIn(app), IClassFixture<SqlitePortal>;
public sealed class SigningInOnPostgres(PostgresPortal app) : SigningIn(app), IClassFixture<PostgresPortal>;
