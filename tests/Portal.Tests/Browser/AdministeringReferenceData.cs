using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>An administrator sets up two-factor sign-in, then reviews the reference data and every organization's offers; each page passes axe-core.</summary>
public abstract class AdministeringReferenceData(BrowserPortal app)
{
    [Fact]
    public async Task An_administrator_sets_up_two_factor_and_edits_a_programs_rules()
    {
        var prefix = "admin-" + app.Provider.ToString().ToLowerInvariant();
        var (email, link) = await app.CreateAdministratorAsync();
        var page = await app.NewPersonAsync();
        await page.GotoAsync(link);
        await page.GetByLabel("New password").FillAsync("north star compass rose");
        await page.GetByLabel("Confirm password").FillAsync("north star compass rose");
        await page.AssertAccessibleAsync();
        await page.GetByTestId("reset-submit").ClickAsync();
        await page.GetByLabel("Work email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("north star compass rose");
        await page.GetByTestId("login-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("2fa-required")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByTestId("begin-2fa").ClickAsync();
        var key = await page.GetByTestId("authenticator-key").GetAttributeAsync("data-key");
        await Assertions.Expect(page.GetByTestId("authenticator-qr")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Authenticator code").FillAsync(Totp.Code(key!, app.Clock.GetUtcNow()));
        await page.GetByTestId("enable-2fa").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);

        await page.GetByRole(AriaRole.Link, new() { Name = "Reference data" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("employers")).ToContainTextAsync("Ada Support Inc.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-01-reference");

        await page.GetByRole(AriaRole.Link, new() { Name = "C88", Exact = true }).ClickAsync();
        // The rules in force today, with their source and first day; a change lists the open offers they judge.
        await Assertions.Expect(page.GetByTestId("rule-sets")).ToContainTextAsync("2023-06-27");
        await page.GetByLabel("Minimum duration (months)").FillAsync("12");
        await page.AssertAccessibleAsync();
        await page.GetByTestId("save-rules").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("Innovation Stream");
        await Assertions.Expect(page.GetByLabel("Minimum duration (months)")).ToHaveValueAsync("12");

        await page.GotoAsync("/Admin/Reference/Occupations?q=software");
        await Assertions.Expect(page.GetByTestId("occupations")).ToContainTextAsync("21231");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-02-occupations");

        foreach (var path in new[] { "/Admin", "/Admin/Audit", "/Offers" })
        {
            await page.GotoAsync(path);
            await page.AssertAccessibleAsync();
        }
        await page.ScreenshotAsync($"{prefix}-03-offers");
    }
}

public sealed class AdministeringReferenceDataOnSqlite(SqliteBrowserPortal app)
    : AdministeringReferenceData(app), IClassFixture<SqliteBrowserPortal>;
public sealed class AdministeringReferenceDataOnPostgres(PostgresBrowserPortal app)
    : AdministeringReferenceData(app), IClassFixture<PostgresBrowserPortal>;
