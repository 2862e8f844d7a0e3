using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Web;

namespace Portal.Tests.Browser;

/// <summary>
/// A new employer that is not designated in any Atlantic province enters an offer under C18 for the Atlantic Immigration
/// Program in Halifax: the eligibility check says, with its source and the day the rule took effect, that the employer
/// must be designated in Nova Scotia, and submission is refused.
/// </summary>
public abstract class EnteringAnAtlanticOfferWithoutDesignation(BrowserPortal app)
{
    [Fact]
    public async Task A_non_designated_employer_reads_the_failed_designation_rule_and_cannot_submit()
    {
        var prefix = "atlantic-offer-" + app.Provider.ToString().ToLowerInvariant();
        var org = await app.RegisterOrganizationAsync();
        var page = await app.NewPersonAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Work email").FillAsync(org.Owner.Email);
        await page.GetByLabel("Password").FillAsync(org.Owner.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.GotoAsync("/Offers/Edit");

        var start = app.Clock.Today().AddMonths(2);
        await page.GetByLabel("Family name", new() { Exact = true }).FillAsync("Mensah");
        await page.GetByLabel("Given names").FillAsync("Ama");
        await page.GetByLabel("Date of birth").FillAsync("1991-02-11");
        await page.GetByLabel("Country of citizenship").SelectOptionAsync("GHA");
        await page.GetByLabel("Passport number").FillAsync("G1234567");
        await page.GetByLabel("Worker's email").FillAsync("ama.mensah@example.test");
        await page.GetByLabel("Job title", new() { Exact = true }).FillAsync("Registered nurse");
        // Any NOC 2021 unit group can be chosen: registered nurses were not among the portal's first occupations.
        await page.GetByLabel("Occupation (NOC 2021)").SelectOptionAsync("31301");
        await page.GetByLabel("Main duties", new() { Exact = true }).FillAsync("Assesses patients, plans and gives nursing care on a medical unit, gives medication and treatments, and teaches patients and families.");
        await page.GetByLabel("Wage (CAD)").FillAsync("44.50");
        await page.GetByLabel("Hours per week").FillAsync("37.5");
        await page.GetByLabel("Start date", new() { Exact = true }).FillAsync(start.ToString("yyyy-MM-dd"));
        await page.GetByLabel("End date", new() { Exact = true }).FillAsync(start.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Halifax");
        await page.GetByLabel("Province or territory", new() { Exact = true }).SelectOptionAsync("NS");
        await page.GetByLabel("LMIA exemption code").SelectOptionAsync("C18");
        await page.GetByLabel("Provincial or permanent-residence pathway the offer also supports (optional)").SelectOptionAsync("AIP");
        await page.GetByLabel("Why the exemption applies").FillAsync("A job offer under the Atlantic Immigration Program in Nova Scotia.");
        foreach (var box in await page.Locator("input[name^='Input.Attest'][type='checkbox']").AllAsync()) await box.CheckAsync();
        await page.GetByTestId("save-offer").ClickAsync();

        await Assertions.Expect(page.GetByTestId("offer-status")).ToHaveTextAsync("Draft");
        var failed = page.Locator("[data-testid='eligibility'] li[data-outcome='Failed']");
        var designation = failed.Filter(new() { HasText = "not designated in NS" });
        await Assertions.Expect(designation).ToHaveCountAsync(2); // the C18 code and the Atlantic Immigration Program each need it
        await Assertions.Expect(designation.First).ToContainTextAsync("Apply for designation there first");
        await Assertions.Expect(page.GetByTestId("eligibility")).ToContainTextAsync("in force since 2022-03-06");
        // The one-year job (to the day before the same date a year later) passes.
        await Assertions.Expect(page.GetByTestId("eligibility")).ToContainTextAsync("The job lasts at least 12 months");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-01-failed-designation");

        await page.GetByTestId("submit-offer").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-message")).ToContainTextAsync("eligibility check failed");
        await Assertions.Expect(page.GetByTestId("offer-status")).ToHaveTextAsync("Draft");
    }
}

public sealed class EnteringAnAtlanticOfferWithoutDesignationOnSqlite(SqliteBrowserPortal app)
    : EnteringAnAtlanticOfferWithoutDesignation(app), IClassFixture<SqliteBrowserPortal>;
public sealed class EnteringAnAtlanticOfferWithoutDesignationOnPostgres(PostgresBrowserPortal app)
    : EnteringAnAtlanticOfferWithoutDesignation(app), IClassFixture<PostgresBrowserPortal>;
