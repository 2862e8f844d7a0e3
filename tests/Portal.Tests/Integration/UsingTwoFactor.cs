using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// Two-factor sign-in with an authenticator app (RFC 6238): each code works once, turning it off or changing it needs
/// the password or a code, and an organization can require it of its owners and HR staff.
/// </summary>
public abstract class UsingTwoFactor(PortalApp app)
{
    [Fact]
    public async Task A_code_is_accepted_once_even_within_its_30_seconds()
    {
        var org = await app.RegisterOrganizationAsync();
        using (var owner = await app.SignedInClientAsync(org.Owner))
        {
            var key = await app.EnableTwoFactorAsync(owner);
            app.Clock.Advance(TimeSpan.FromSeconds(30));

            using var first = app.NewClient();
            Assert.Equal("/Organization", (await app.SignInWithTwoFactorAsync(first, org.Owner, key)).Path);

            // The same code, seen over a shoulder or caught by a phishing page, a moment later.
            using var replay = app.NewClient();
            var refused = await app.SignInWithTwoFactorAsync(replay, org.Owner, key);
            Assert.Equal("/Account/LoginWith2fa", refused.Path);
            Assert.Contains("not correct", refused.Summary);

            // The next code works.
            app.Clock.Advance(TimeSpan.FromSeconds(30));
            var next = await replay.SubmitAndFollowAsync(refused, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
            Assert.Equal("/Organization", next.Path);
        }
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password_or_a_current_code()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var key = await app.EnableTwoFactorAsync(owner);
        async Task<bool> Enabled() => await app.WithDbAsync(db => db.Users.Where(u => u.Email == org.Owner.Email).Select(u => u.TwoFactorEnabled).SingleAsync());
        const string Manage = "form[data-testid='manage-2fa']";

        // Someone at an unlocked computer, without the password.
        var page = await owner.OpenAsync("/Account/Manage/TwoFactor");
        var refused = await owner.SubmitAndFollowAsync(page, Manage, button: "[data-testid='disable-2fa']");
        Assert.NotEmpty(refused.ErrorFor("Confirmation"));
        refused = await owner.SubmitAndFollowAsync(refused, Manage, new() { ["Confirmation"] = "not my password at all" }, "[data-testid='disable-2fa']");
        Assert.Contains("not correct", refused.ErrorFor("Confirmation"));
        Assert.True(await Enabled());
        // Nor without the password can the recovery codes be renewed, or the authenticator replaced.
        var codes = await owner.SubmitAndFollowAsync(refused, Manage, new() { ["Confirmation"] = "" }, "[data-testid='new-recovery-codes']");
        Assert.Empty(codes.Document.QuerySelectorAll("[data-testid='recovery-codes'] li"));
        var reset = await owner.SubmitAndFollowAsync(codes, Manage, new() { ["Confirmation"] = "" }, "[data-testid='reset-authenticator']");
        Assert.NotNull(reset.TestId("2fa-enabled"));
        Assert.True(await Enabled());

        // With the password: new recovery codes, then off.
        var renewed = await owner.SubmitAndFollowAsync(reset, Manage, new() { ["Confirmation"] = org.Owner.Password }, "[data-testid='new-recovery-codes']");
        Assert.Equal(10, renewed.Document.QuerySelectorAll("[data-testid='recovery-codes'] li").Length);
        var off = await owner.SubmitAndFollowAsync(renewed, Manage, new() { ["Confirmation"] = org.Owner.Password }, "[data-testid='disable-2fa']");
        Assert.Contains("off", off.TestId("status-message"));
        Assert.False(await Enabled());

        // Back on, and off again with a code instead of the password.
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        key = await app.EnableTwoFactorAsync(owner);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        page = await owner.OpenAsync("/Account/Manage/TwoFactor");
        await owner.SubmitAndFollowAsync(page, Manage, new() { ["Confirmation"] = Totp.Code(key, app.Clock.GetUtcNow()) }, "[data-testid='disable-2fa']");
        Assert.False(await Enabled());
    }

    [Fact]
    public async Task Opening_the_two_factor_page_changes_nothing()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        async Task<int> TokenRows() => await app.WithDbAsync(db => db.UserTokens.CountAsync(t => db.Users.Any(u => u.Id == t.UserId && u.Email == org.Owner.Email)));

        var page = await owner.OpenAsync("/Account/Manage/TwoFactor");
        await owner.OpenAsync("/Account/Manage/TwoFactor");
        Assert.Equal(0, await TokenRows());
        Assert.Null(page.Document.QuerySelector("[data-testid='authenticator-key']"));

        // Asking for a key creates one, shown as text and as a QR code for the phone's camera.
        var (setup, key) = await owner.BeginTwoFactorSetupAsync(page);
        Assert.Equal(1, await TokenRows());
        var qr = setup.Document.QuerySelector("img[data-testid='authenticator-qr']")!;
        Assert.StartsWith("data:image/png;base64,", qr.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("alt")));
        // Reloading shows the same key: the app already holds it.
        Assert.Equal(key, (await owner.OpenAsync("/Account/Manage/TwoFactor")).Document.QuerySelector("[data-testid='authenticator-key']")!.GetAttribute("data-key"));
    }

    [Fact]
    public async Task An_organization_that_requires_two_factor_sends_its_hr_staff_to_set_it_up()
    {
        var (_, owner, staff, staffClient) = await app.OrganizationWithStaffAsync();
        Assert.Equal(HttpStatusCode.OK, (await staffClient.GetAsync("/Offers")).StatusCode);

        // The owner can require it only once they use it themselves, so that nobody locks the organization out by accident.
        var dashboard = await owner.OpenAsync("/Organization");
        var refused = await owner.SubmitAndFollowAsync(dashboard, "form:has([data-testid='require-2fa'])", new Dictionary<string, string> { ["RequireTwoFactor"] = "true" });
        Assert.Contains("Turn on two-factor sign-in for yourself first", refused.TestId("error-message"));
        await app.EnableTwoFactorAsync(owner);
        dashboard = await owner.OpenAsync("/Organization");
        var saved = await owner.SubmitAndFollowAsync(dashboard, "form:has([data-testid='require-2fa'])", new Dictionary<string, string> { ["RequireTwoFactor"] = "true" });
        Assert.Contains("must now use two-factor sign-in", saved.TestId("status-message"));
        Assert.Equal("checked", saved.Document.QuerySelector("[name='RequireTwoFactor'][value='true']")?.GetAttribute("checked"));

        // The HR member's open session is sent to set it up at its next check, and so is a new sign-in.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await staffClient.GetAsync("/Offers");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Manage/TwoFactor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var fresh = app.NewClient();
        var landed = await fresh.SignInAsync(staff.Email, staff.Password);
        Assert.Equal("/Account/Manage/TwoFactor", landed.Path);
        Assert.NotNull(landed.TestId("2fa-required"));

        // Once set up, the member works as before and cannot turn it off.
        await app.EnableTwoFactorAsync(fresh);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/Offers")).StatusCode);
        Assert.Null((await fresh.OpenAsync("/Account/Manage/TwoFactor")).Document.QuerySelector("[data-testid='disable-2fa']"));

        // HR staff cannot change the setting.
        var hrDashboard = await fresh.OpenAsync("/Organization");
        Assert.Null(hrDashboard.Document.QuerySelector("[data-testid='require-2fa']"));
    }
}

public sealed class UsingTwoFactorOnSqlite(SqlitePortal app) : UsingTwoFactor(app), IClassFixture<SqlitePortal>;
public sealed class UsingTwoFactorOnPostgres(PostgresPortal app) : UsingTwoFactor(app), IClassFixture<PostgresPortal>;
