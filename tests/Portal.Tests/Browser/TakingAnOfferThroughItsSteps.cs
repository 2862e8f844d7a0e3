using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Web;

namespace Portal.Tests.Browser;

/// <summary>
/// An employer takes an offer from draft to "number given to the worker" in the browser: the eligibility check
/// explains itself, a document is uploaded and downloaded, and each page passes axe-core.
/// </summary>
public abstract class TakingAnOfferThroughItsSteps(BrowserPortal app)
{
    [Fact]
    public async Task An_employer_takes_an_offer_from_draft_to_number_given_and_downloads_its_document()
    {
        var prefix = "offer-" + app.Provider.ToString().ToLowerInvariant();
        var org = await app.RegisterOrganizationAsync("Clio");
        // Recorded by an administrator on the reference data page (tried in CheckingEligibility): the name alone is not enough.
        await app.RecordParticipatingEmployerAsync("Clio", org.BusinessNumber);
        var page = await app.NewPersonAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Work email").FillAsync(org.Owner.Email);
        await page.GetByLabel("Password").FillAsync(org.Owner.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("nothing-to-do")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Offers", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("offers-empty")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByTestId("new-offer").ClickAsync();

        var start = app.Clock.Today().AddMonths(2);
        await page.GetByLabel("Family name", new() { Exact = true }).FillAsync("Haddad");
        await page.GetByLabel("Given names").FillAsync("Leila");
        await page.GetByLabel("Date of birth").FillAsync("1994-09-03");
        await page.GetByLabel("Country of citizenship").SelectOptionAsync("LBN");
        await page.GetByLabel("Passport number").FillAsync("LR1234567");
        await page.GetByLabel("Worker's email").FillAsync("leila.haddad@example.test");
        await page.GetByLabel("Job title", new() { Exact = true }).FillAsync("Machine Learning Engineer");
        await page.GetByLabel("Occupation (NOC 2021)").SelectOptionAsync("21211");
        await page.GetByLabel("Main duties", new() { Exact = true }).FillAsync("Builds and evaluates the models that classify legal documents; designs data pipelines; works with the product team to ship features to law firms across Canada.");
        await page.GetByLabel("Wage (CAD)").FillAsync("145000");
        await page.GetByLabel("Per", new() { Exact = true }).SelectOptionAsync("Year");
        await page.GetByLabel("Hours per week").FillAsync("37.5");
        await page.GetByLabel("Start date", new() { Exact = true }).FillAsync(start.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Indeterminate (no end date)").CheckAsync();
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Burnaby");
        await page.GetByLabel("Province or territory", new() { Exact = true }).SelectOptionAsync("BC");
        await page.GetByLabel("LMIA exemption code").SelectOptionAsync("C88");
        await page.GetByLabel("Why the exemption applies").FillAsync("Clio takes part in the Global Hypergrowth Project; the job is TEER 1.");
        foreach (var box in await page.Locator("input[name^='Input.Attest'][type='checkbox']").AllAsync()) await box.CheckAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-01-form");
        await page.GetByTestId("save-offer").ClickAsync();

        await Assertions.Expect(page.GetByTestId("offer-status")).ToHaveTextAsync("Draft");
        var eligibility = page.GetByTestId("eligibility");
        await Assertions.Expect(eligibility).ToContainTextAsync("Your organization takes part");
        await Assertions.Expect(eligibility).ToContainTextAsync("expedited processing");
        await Assertions.Expect(eligibility.Locator("[data-outcome='Failed']")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-02-draft");

        await page.GetByLabel("File (PDF, PNG or JPEG, at most 10 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "signed-offer-letter.pdf", MimeType = "application/pdf", Buffer = OfferJourneys.Pdf(4096),
        });
        await page.GetByTestId("upload").ClickAsync();
        await Assertions.Expect(page.GetByTestId("document-link")).ToHaveTextAsync("signed-offer-letter.pdf");

        await page.GetByTestId("submit-offer").ClickAsync();
        await Assertions.Expect(page.GetByTestId("offer-status")).ToHaveTextAsync("Submitted");
        // The fee's own page (where the fee reminder leads) leads on to the exemption's, which takes its proof with it.
        var offerPage = page.Url;
        await page.GotoAsync(offerPage.Replace("/Offers/Details", "/Offers/Steps/RecordFee", StringComparison.Ordinal));
        await page.GetByTestId("fee-exemption-link").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Proof of the exemption (PDF, PNG or JPEG, at most 10 MB)")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-02a-fee-exemption-step");
        await page.GotoAsync(offerPage);
        await page.GetByLabel("Date of payment").FillAsync(app.Clock.Today().ToString("yyyy-MM-dd"));
        await page.GetByLabel("Receipt or transaction reference").FillAsync("IRCC-20261122-0042");
        await page.AssertAccessibleAsync();
        await page.GetByTestId("record-fee").ClickAsync();
        await Assertions.Expect(page.GetByTestId("offer-status")).ToHaveTextAsync("Fee recorded");

        var number = OfferJourneys.NewOfferNumber();
        await page.GetByLabel("Offer of employment number").FillAsync("12345");
        await page.GetByTestId("record-number").ClickAsync();
        // Refused: the number's own page, with the message beside the field and what was typed kept.
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Number']")).ToContainTextAsync("letter A followed by seven digits");
        await Assertions.Expect(page.GetByLabel("Offer of employment number")).ToHaveValueAsync("12345");
        await Assertions.Expect(page.GetByTestId("offer-status")).ToHaveTextAsync("Fee recorded");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-02b-number-refused");
        await page.GetByLabel("Offer of employment number").FillAsync(number);
        await page.GetByTestId("record-number").ClickAsync();
        await Assertions.Expect(page.GetByTestId("offer-number")).ToHaveTextAsync(number);

        await page.GetByLabel("Date given to the worker").FillAsync(app.Clock.Today().ToString("yyyy-MM-dd"));
        await page.GetByLabel("Email the number to the worker", new() { Exact = false }).CheckAsync();
        await page.GetByTestId("record-given").ClickAsync();
        await Assertions.Expect(page.GetByTestId("offer-status")).ToHaveTextAsync("Number given to the worker");
        await Assertions.Expect(page.GetByTestId("steps").Locator("li")).ToHaveCountAsync(5);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-03-number-given");
        Assert.Contains(number, app.LastEmailTo("leila.haddad@example.test").Text);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("document-link").ClickAsync());
        Assert.Equal("signed-offer-letter.pdf", download.SuggestedFilename);
        var saved = Path.Combine(app.DataDirectory, "downloaded.pdf");
        await download.SaveAsAsync(saved);
        Assert.Equal(OfferJourneys.Pdf(4096), await File.ReadAllBytesAsync(saved));

        await page.GetByRole(AriaRole.Link, new() { Name = "Offers", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("offer-row")).ToContainTextAsync(number);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"{prefix}-04-list");
    }
}

public sealed class TakingAnOfferThroughItsStepsOnSqlite(SqliteBrowserPortal app)
    : TakingAnOfferThroughItsSteps(app), IClassFixture<SqliteBrowserPortal>;
public sealed class TakingAnOfferThroughItsStepsOnPostgres(PostgresBrowserPortal app)
    : TakingAnOfferThroughItsSteps(app), IClassFixture<PostgresBrowserPortal>;
