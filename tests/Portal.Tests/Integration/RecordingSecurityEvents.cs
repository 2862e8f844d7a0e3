using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// Sign-ins (and their failures), lockouts, sign-outs, two-factor and password changes are in the audit trail with
/// who, when and from which address; administrators list them on the audit page by person.
/// </summary>
public abstract class RecordingSecurityEvents(PortalApp app)
{
    private static List<string> Rows(Page page) =>
        page.Document.QuerySelectorAll("[data-testid='audit-row']").Select(r => r.TextContent).ToList();

    private static async Task<List<string>> SecurityEventsOfAsync(PortalClient admin, string email) =>
        Rows(await admin.OpenAsync("/Admin/Audit?kind=security&person=" + Uri.EscapeDataString(email)));

    [Fact]
    public async Task Sign_ins_failures_and_sign_outs_are_recorded_with_the_address_and_never_the_password()
    {
        var org = await app.RegisterOrganizationAsync();
        const string guess = "my secret guess 4711";
        using (var client = app.NewClient(fromAddress: "198.51.100.44"))
        {
            await client.SignInAsync(org.Owner.Email, guess);
            var inside = await client.SignInAsync(org.Owner.Email, org.Owner.Password);
            await client.SubmitAndFollowAsync(inside, "form[action='/Account/Logout']");
        }
        var nobody = Journeys.NewEmail("nobody");
        using (var stranger = app.NewClient(fromAddress: "2001:db8::7")) await stranger.SignInAsync(nobody, guess);

        using var admin = await app.SignedInAdministratorAsync();
        var events = await SecurityEventsOfAsync(admin, org.Owner.Email);
        Assert.Equal(3, events.Count);
        // Newest first.
        Assert.Contains("Signed out", events[0]);
        Assert.Contains("Signed in", events[1]);
        Assert.Contains("Sign-in failed", events[2]);
        Assert.Contains("WrongPassword", events[2]);
        Assert.All(events, e => Assert.Contains("198.51.100.44", e));
        Assert.All(events, e => Assert.Contains(org.Owner.Email, e));

        var unknown = Assert.Single(await SecurityEventsOfAsync(admin, nobody));
        Assert.Contains("UnknownAccount", unknown);
        Assert.Contains("2001:db8::7", unknown);

        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes.Contains(guess))));
    }

    [Fact]
    public async Task A_lockout_and_changes_to_two_factor_and_the_password_are_recorded()
    {
        var org = await app.RegisterOrganizationAsync();
        using (var owner = await app.SignedInClientAsync(org.Owner)) await app.EnableTwoFactorAsync(owner);
        using (var guesser = app.NewClient())
            for (var i = 0; i < 5; i++) await guesser.SignInAsync(org.Owner.Email, "wrong guess " + i);

        using (var client = app.NewClient())
        {
            var forgot = await client.OpenAsync("/Account/ForgotPassword");
            await client.SubmitAndFollowAsync(forgot, "main form", new Dictionary<string, string> { ["Email"] = org.Owner.Email });
            var reset = await client.OpenAsync(new Uri(app.LastEmailTo(org.Owner.Email).LinkTo("/Account/ResetPassword")).PathAndQuery);
            await client.SubmitAndFollowAsync(reset, "main form", new Dictionary<string, string>
            {
                ["Password"] = "copper kettle winter meadow",
                ["ConfirmPassword"] = "copper kettle winter meadow",
            });
        }

        using var admin = await app.SignedInAdministratorAsync();
        var events = await SecurityEventsOfAsync(admin, org.Owner.Email);
        Assert.Contains("Password changed", events[0]);
        Assert.Contains(events, e => e.Contains("Account locked", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Contains("Two-factor sign-in turned on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_security_filter_shows_security_events_only()
    {
        var org = await app.RegisterOrganizationAsync();
        using (await app.SignedInClientAsync(org.Owner)) { }
        using var admin = await app.SignedInAdministratorAsync();

        var page = await admin.OpenAsync("/Admin/Audit");
        var filtered = await admin.SubmitAndFollowAsync(page, "main form", new Dictionary<string, string> { ["kind"] = "security", ["person"] = org.Owner.Email });
        var rows = filtered.Document.QuerySelectorAll("[data-testid='audit-row']");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Security", r.QuerySelector("[data-testid='audit-entity']")!.TextContent.Trim()));
        Assert.Equal("security", filtered.ValueOf("kind"));
        Assert.Equal(org.Owner.Email, filtered.ValueOf("person"));

        // Without the filter, the registration's own changes are there too.
        var everything = Rows(await admin.OpenAsync("/Admin/Audit?person=" + Uri.EscapeDataString(org.Owner.Email)));
        Assert.True(everything.Count > rows.Length);
    }
}

public sealed class RecordingSecurityEventsOnSqlite(SqlitePortal app) : RecordingSecurityEvents(app), IClassFixture<SqlitePortal>;
public sealed class RecordingSecurityEventsOnPostgres(PostgresPortal app) : RecordingSecurityEvents(app), IClassFixture<PostgresPortal>;
