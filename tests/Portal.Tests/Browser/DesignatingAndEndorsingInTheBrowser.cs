using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The Atlantic path in the browser: an employer applies for designation, an administrator asks for a change, the
/// employer resubmits, the administrator approves; HR staff open an endorsement case for a worker, record the needs
/// assessment and plan, add commitments with owners and due dates, and see the overdue one first. Each page passes axe-core.
/// </summary>
public abstract class DesignatingAndEndorsingInTheBrowser(BrowserPortal app)
{
    [Fact]
    public async Task An_employer_is_designated_after_a_change_and_hr_staff_track_a_workers_commitments()
    {
        var prefix = "atlantic-" + app.Provider.ToString().ToLowerInvariant();
        var (org, _, staffPerson, staffClient) = await app.OrganizationWithStaffAsync();
        var offer = await staffClient.CreateAtlanticOfferAsync(app);
        // The offer was made ten days ago, so a commitment due a week ago can be overdue today.
        var tenDaysAgo = app.Clock.GetUtcNow().UtcDateTime.AddDays(-10);
        await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Offers\" SET \"CreatedAtUtc\" = {tenDaysAgo} WHERE \"Id\" = {offer}"));

        // The owner applies for designation in Nova Scotia.
        var owner = await app.SignedInPersonAsync(org.Owner);
        await owner.GetByRole(AriaRole.Link, new() { Name = "Designations", Exact = true }).ClickAsync();
        await Assertions.Expect(owner.GetByTestId("no-applications")).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync();
        await owner.GetByTestId("apply-NS").ClickAsync();
        await owner.GetByLabel("Your locations in the province", new() { Exact = false }).FillAsync("100 Water Street, Halifax NS B3H 1A1");
        await owner.GetByLabel("Operating continuously in the province since").FillAsync(app.Day(-6 * 365));
        await owner.GetByLabel("Settlement service provider organization").FillAsync("YMCA Newcomer Services");
        await owner.GetByLabel("Contact at the provider", new() { Exact = false }).FillAsync("Jordan Lee, 902-555-0142");
        await owner.GetByLabel("Date of contact").FillAsync(app.Day(-15));
        await owner.GetByLabel("We commit to a welcoming workplace", new() { Exact = false }).CheckAsync();
        await owner.GetByLabel("Training completed by").FillAsync("Alex Owner");
        await owner.GetByLabel("Training completed on").FillAsync(app.Day(-7));
        await owner.GetByLabel("Training certificate", new() { Exact = false }).SetInputFilesAsync(new FilePayload
        {
            Name = "intercultural-competency.pdf", MimeType = "application/pdf", Buffer = OfferJourneys.Pdf(3000),
        });
        await owner.GetByLabel("Representative's name").FillAsync("Alex Owner");
        await owner.GetByLabel("Representative's email").FillAsync(org.Owner.Email);
        await owner.GetByLabel("I declare", new() { Exact = false }).CheckAsync();
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync($"{prefix}-01-application");
        await owner.GetByTestId("submit-application").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("application-status")).ToHaveTextAsync("Submitted for review");
        await owner.AssertAccessibleAsync();

        // The administrator asks for a change.
        var admin = await app.SignedInAdministratorPageAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Designations", Exact = true }).ClickAsync();
        await admin.AssertAccessibleAsync();
        await admin.GetByTestId("queue-row").Filter(new() { HasText = org.LegalName }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("documents")).ToContainTextAsync("intercultural-competency.pdf");
        await admin.AssertAccessibleAsync();
        await admin.ScreenshotAsync($"{prefix}-02-review");
        await admin.GetByLabel("What the employer must change").FillAsync("Give the provider's office address in Halifax.");
        await admin.GetByTestId("request-changes").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("application-status")).ToHaveTextAsync("Changes requested");

        // The employer makes it and resubmits.
        await owner.ReloadAsync();
        await Assertions.Expect(owner.GetByTestId("change-request")).ToHaveTextAsync("Give the provider's office address in Halifax.");
        await owner.GetByTestId("edit-application").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("changes-requested")).ToBeVisibleAsync();
        await owner.GetByLabel("Settlement service provider organization").FillAsync("YMCA Newcomer Services, 5670 Spring Garden Rd, Halifax");
        await owner.AssertAccessibleAsync();
        await owner.GetByTestId("submit-application").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("application-status")).ToHaveTextAsync("Submitted for review");
        await Assertions.Expect(owner.GetByTestId("application-details")).ToContainTextAsync("Version 2");

        // The administrator approves.
        await admin.ReloadAsync();
        await admin.GetByLabel("Designation number").FillAsync("NS-AIP-2026-118");
        await admin.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("application-status")).ToHaveTextAsync("Designated");
        await admin.AssertAccessibleAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = "Designations", Exact = true }).ClickAsync();
        await Assertions.Expect(owner.GetByTestId("province-NS")).ToContainTextAsync("NS-AIP-2026-118");
        await owner.ScreenshotAsync($"{prefix}-03-designated");

        // HR staff open the worker's endorsement case from the offer.
        var staff = await app.SignedInPersonAsync(staffPerson);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Endorsements", Exact = true }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByTestId("offers-without-case").GetByRole(AriaRole.Link, new() { Name = "Open a case" }).ClickAsync();
        await Assertions.Expect(staff.GetByLabel("Candidate's name")).ToHaveValueAsync("Chidi Emeka Okafor");
        // The offer supports the permanent program, which has no classes: the candidate's class is chosen here.
        await staff.Locator("select[name='Input.Class']").SelectOptionAsync("HighSkilled");
        await staff.GetByLabel("Tested language results", new() { Exact = false }).CheckAsync();
        await staff.GetByLabel("Education meets the class", new() { Exact = false }).CheckAsync();
        await staff.GetByLabel("One year of work experience", new() { Exact = false }).CheckAsync();
        await staff.GetByLabel("Family members coming").FillAsync("2");
        await staff.AssertAccessibleAsync();
        await staff.GetByTestId("save-case").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("class-check").Locator("[data-outcome='Failed']")).ToHaveCountAsync(0);
        await Assertions.Expect(staff.GetByTestId("class-check")).ToContainTextAsync("TEER 1, which Atlantic High-Skilled Class accepts");

        await staff.GetByLabel("Date of the assessment").FillAsync(app.Day(-8));
        await staff.GetByLabel("Settlement provider", new() { Exact = true }).FillAsync("YMCA Newcomer Services");
        await staff.GetByTestId("record-assessment").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("case-stage")).ToHaveTextAsync("Settlement plan to come");
        await staff.GetByLabel("The plan (PDF", new() { Exact = false }).SetInputFilesAsync(new FilePayload
        {
            Name = "settlement-plan.pdf", MimeType = "application/pdf", Buffer = OfferJourneys.Pdf(2500),
        });
        await staff.GetByTestId("upload-plan").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("case-stage")).ToHaveTextAsync("Waiting for the certificate of endorsement");

        await AddCommitmentAsync(staff, "Help finding housing", "Alex Owner", app.Day(20), "Two weeks in a furnished apartment, then help signing a lease.");
        await AddCommitmentAsync(staff, "Early transportation", staffPerson.FullName, app.Day(-7), "Meet the family at Halifax Stanfield airport.");
        await Assertions.Expect(staff.GetByTestId("commitment-row")).ToHaveCountAsync(2);
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync($"{prefix}-04-case");

        // The tracking page puts the overdue commitment first.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Commitments", Exact = true }).ClickAsync();
        var rows = staff.GetByTestId("tracking-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-overdue", "true");
        await Assertions.Expect(rows.First).ToContainTextAsync("Meet the family");
        await Assertions.Expect(staff.GetByTestId("overdue-count")).ToContainTextAsync("1 overdue");
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync($"{prefix}-05-tracking");
    }

    private static async Task AddCommitmentAsync(IPage page, string kind, string owner, string due, string description)
    {
        var form = page.GetByTestId("commitment-form");
        await form.GetByLabel("Kind of support").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await form.GetByLabel("Owner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = owner });
        await form.GetByLabel("Due on").FillAsync(due);
        await form.GetByLabel("What the organization commits to").FillAsync(description);
        await page.GetByTestId("add-commitment").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("The commitment is added.");
    }
}

public sealed class DesignatingAndEndorsingInTheBrowserOnSqlite(SqliteBrowserPortal app)
    : DesignatingAndEndorsingInTheBrowser(app), IClassFixture<SqliteBrowserPortal>;
public sealed class DesignatingAndEndorsingInTheBrowserOnPostgres(PostgresBrowserPortal app)
    : DesignatingAndEndorsingInTheBrowser(app), IClassFixture<PostgresBrowserPortal>;
