using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// A session ends when its person signs out, changes their password or their two-factor sign-in, and in any case
/// after the absolute lifetime: a copy of the cookie taken before then opens nothing after.
/// </summary>
public abstract class EndingSessions(PortalApp app)
{
    private static async Task AssertSentToSignInAsync(PortalClient client, string path = "/Organization")
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_cookie_copied_before_signing_out_opens_nothing_after()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = await app.SignedInClientAsync(org.Owner);
        using var thief = app.NewClient();
        thief.CopyCookiesFrom(client);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Organization")).StatusCode);

        var page = await client.OpenAsync("/Organization");
        Assert.Equal("/", (await client.SubmitAndFollowAsync(page, "form[action='/Account/Logout']")).Path);

        await AssertSentToSignInAsync(thief);
    }

    [Fact]
    public async Task Signing_out_ends_the_persons_sessions_on_every_device()
    {
        var org = await app.RegisterOrganizationAsync();
        using var laptop = await app.SignedInClientAsync(org.Owner);
        using var phone = await app.SignedInClientAsync(org.Owner);

        var page = await laptop.OpenAsync("/Organization");
        await laptop.SubmitAndFollowAsync(page, "form[action='/Account/Logout']");

        await AssertSentToSignInAsync(phone);
    }

    [Fact]
    public async Task A_new_password_ends_every_open_session()
    {
        var org = await app.RegisterOrganizationAsync();
        using var open = await app.SignedInClientAsync(org.Owner);

        using var client = app.NewClient();
        var forgot = await client.OpenAsync("/Account/ForgotPassword");
        await client.SubmitAndFollowAsync(forgot, "main form", new Dictionary<string, string> { ["Email"] = org.Owner.Email });
        var reset = await client.OpenAsync(new Uri(app.LastEmailTo(org.Owner.Email).LinkTo("/Account/ResetPassword")).PathAndQuery);
        var done = await client.SubmitAndFollowAsync(reset, "main form", new Dictionary<string, string>
        {
            ["Password"] = "copper kettle winter meadow",
            ["ConfirmPassword"] = "copper kettle winter meadow",
        });
        Assert.Equal("/Account/Login", done.Path);

        await AssertSentToSignInAsync(open);
    }

    [Fact]
    public async Task Turning_on_two_factor_keeps_this_session_and_ends_the_others()
    {
        var org = await app.RegisterOrganizationAsync();
        using var here = await app.SignedInClientAsync(org.Owner);
        using var elsewhere = await app.SignedInClientAsync(org.Owner);

        await app.EnableTwoFactorAsync(here);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/Organization")).StatusCode);
        await AssertSentToSignInAsync(elsewhere);
    }

    [Fact]
    public async Task A_session_in_use_ends_after_the_absolute_lifetime()
    {
        var org = await app.RegisterOrganizationAsync();
        using var client = await app.SignedInClientAsync(org.Owner);

        // Used every three hours, well inside the 8-hour sliding expiry: the session is renewed each time...
        for (var hours = 3; hours <= 9; hours += 3)
        {
            app.Clock.Advance(TimeSpan.FromHours(3));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Organization")).StatusCode);
        }

        // ...until 12 hours after signing in (Security:AbsoluteSessionHours), whatever the activity.
        app.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        await AssertSentToSignInAsync(client);

        // Signing in again starts a new session.
        using var again = await app.SignedInClientAsync(org.Owner);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Organization")).StatusCode);
    }
}

public sealed class EndingSessionsOnSqlite(SqlitePortal app) : EndingSessions(app), IClassFixture<SqlitePortal>;
public sealed class EndingSessionsOnPostgres(PostgresPortal app) : EndingSessions(app), IClassFixture<PostgresPortal>;
