using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// A newcomer registers their organization, confirms the email from the mail folder, signs in, invites an
/// HR colleague, who accepts and signs in. Every page visited passes axe-core (no serious or critical issue).
/// </summary>
public abstract class RegisteringAndInvitingInTheBrowser(BrowserPortal app)
{
    [Fact]
    public async Task A_newcomer_registers_confirms_signs_in_and_invites_a_colleague_who_joins()
    {
        var prefix = app.Provider.ToString().ToLowerInvariant();
        var ownerEmail = Journeys.NewEmail("owner");
        var staffEmail = Journeys.NewEmail("staff");
        var owner = await app.NewPersonAsync();

        await owner.GotoAsync("/");
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync($"{prefix}-01-home");
        await owner.GetByTestId("register-link").ClickAsync();

        await owner.GetByLabel("Legal name").FillAsync("Lighthouse Software Inc.");
        await owner.GetByLabel("CRA business number (9 digits)").FillAsync(Journeys.NewBusinessNumber());
        await owner.GetByLabel("Address", new() { Exact = true }).FillAsync("1 Harbour Road");
        await owner.GetByLabel("City").FillAsync("Moncton");
        await owner.GetByLabel("Province or territory").SelectOptionAsync("NB");
        await owner.GetByLabel("Postal code").FillAsync("E1C 4B5");
        await owner.GetByLabel("Phone").FillAsync("506-555-0142");
        await owner.GetByLabel("Primary contact", new() { Exact = true }).FillAsync("Morgan Leblanc");
        await owner.GetByLabel("Primary contact's email").FillAsync(ownerEmail);
        await owner.GetByLabel("Your name").FillAsync("Morgan Leblanc");
        await owner.GetByLabel("Work email").FillAsync(ownerEmail);
        await owner.GetByLabel("Password", new() { Exact = true }).FillAsync(Journeys.Password);
        await owner.GetByLabel("Confirm password").FillAsync(Journeys.Password);
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync($"{prefix}-02-register");
        await owner.GetByTestId("register-submit").ClickAsync();

        await owner.WaitForURLAsync("**/Account/RegisterConfirmation**");
        await owner.AssertAccessibleAsync();

        // The confirmation email, opened from the mail folder as a person would.
        var confirm = app.LastEmailTo(ownerEmail).LinkTo("/Account/ConfirmEmail");
        await owner.GotoAsync(confirm);
        await Assertions.Expect(owner.GetByTestId("email-confirmed")).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync();

        await owner.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await owner.GetByLabel("Work email").FillAsync(ownerEmail);
        await owner.GetByLabel("Password").FillAsync(Journeys.Password);
        await owner.AssertAccessibleAsync();
        await owner.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("organization-name")).ToHaveTextAsync("Lighthouse Software Inc.");
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync($"{prefix}-03-organization");

        await owner.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true }).ClickAsync();
        await owner.AssertAccessibleAsync();
        await owner.GetByTestId("invite-link").ClickAsync();
        await owner.GetByLabel("Work email").FillAsync(staffEmail);
        await owner.GetByLabel("HR staff").CheckAsync();
        await owner.AssertAccessibleAsync();
        await owner.GetByTestId("send-invitation").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("status-message")).ToContainTextAsync(staffEmail);
        await Assertions.Expect(owner.GetByTestId("invitations")).ToContainTextAsync(staffEmail);
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync($"{prefix}-04-members");

        // The colleague, in their own browser.
        var staff = await app.NewPersonAsync();
        await staff.GotoAsync(app.LastEmailTo(staffEmail).LinkTo("/Account/AcceptInvitation"));
        await Assertions.Expect(staff.GetByRole(AriaRole.Main)).ToContainTextAsync("Lighthouse Software Inc.");
        await staff.GetByLabel("Your name").FillAsync("Riley Gallant");
        await staff.GetByLabel("Password", new() { Exact = true }).FillAsync("tidal bore ferry crossing");
        await staff.GetByLabel("Confirm password").FillAsync("tidal bore ferry crossing");
        await staff.AssertAccessibleAsync();
        await staff.GetByTestId("accept-submit").ClickAsync();

        await Assertions.Expect(staff.GetByTestId("status-message")).ToContainTextAsync("Welcome");
        await staff.GetByLabel("Work email").FillAsync(staffEmail);
        await staff.GetByLabel("Password").FillAsync("tidal bore ferry crossing");
        await staff.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("organization-name")).ToHaveTextAsync("Lighthouse Software Inc.");
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("members")).ToContainTextAsync("Riley Gallant");
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync($"{prefix}-05-staff-members");

        // And the owner's list now shows the colleague as an active member.
        await owner.ReloadAsync();
        await Assertions.Expect(owner.GetByTestId("members")).ToContainTextAsync(staffEmail);
    }

    [Fact]
    public async Task The_portal_reads_in_french_after_the_language_switch()
    {
        var visitor = await app.NewPersonAsync();
        await visitor.GotoAsync("/Account/Register");
        await visitor.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inscrire votre organisation");
        Assert.Equal("fr", await visitor.Locator("html").GetAttributeAsync("lang"));
        await visitor.AssertAccessibleAsync();
        await visitor.ScreenshotAsync($"{app.Provider.ToString().ToLowerInvariant()}-06-french");
    }
}

public sealed class RegisteringAndInvitingInTheBrowserOnSqlite(SqliteBrowserPortal app)
    : RegisteringAndInvitingInTheBrowser(app), IClassFixture<SqliteBrowserPortal>;
public sealed class RegisteringAndInvitingInTheBrowserOnPostgres(PostgresBrowserPortal app)
    : RegisteringAndInvitingInTheBrowser(app), IClassFixture<PostgresBrowserPortal>;
