using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Offers;

namespace Portal.Tests.Integration;

public abstract class SubmittingAnOffer(PortalApp app)
{
    [Fact]
    public async Task An_offer_goes_from_draft_to_number_given_each_step_recording_who_and_when()
    {
        var (_, owner, staff, hr) = await app.OrganizationWithStaffAsync();
        var workerEmail = Journeys.NewEmail("worker");
        var id = await hr.CreateOfferAsync(app, new() { ["Input.WorkerEmail"] = workerEmail });
        var draft = await hr.OpenAsync($"/Offers/Details?id={id}");
        draft.AssertStatus("Draft");
        Assert.DoesNotContain(draft.Document.QuerySelectorAll("[data-testid='eligibility'] li"), li => li.GetAttribute("data-outcome") == "Failed");

        (await hr.SubmitOfferAsync(id)).AssertStatus("Submitted");
        (await owner.RecordFeeAsync(app, id)).AssertStatus("Fee recorded");
        var number = OfferJourneys.NewOfferNumber();
        var received = await hr.RecordNumberAsync(id, number);
        received.AssertStatus("Offer number received");
        Assert.Equal(number, received.TestId("offer-number"));

        var given = await hr.StepAsync(id, "given-form", new()
        {
            ["Input.Date"] = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"),
            ["Input.EmailWorker"] = "true",
        });
        given.AssertStatus("Number given to the worker");
        Assert.NotNull(given.TestId("offer-complete"));
        var steps = given.Document.QuerySelectorAll("[data-testid='steps'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, steps.Count);
        Assert.Contains("Sam Staff", steps[1]);
        Assert.Contains("Alex Owner", steps[2]);
        Assert.Contains("230.00 CAD", steps[2]);

        var mail = app.LastEmailTo(workerEmail);
        Assert.Contains(number, mail.Text);
        Assert.Contains("offer of employment number", mail.Subject);

        var dashboard = await owner.OpenAsync("/Organization");
        Assert.Equal("1", dashboard.TestId("count-NumberGiven"));
    }

    [Fact]
    public async Task Steps_cannot_be_skipped_or_repeated()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);

        // A number before the fee: refused, and the offer stays where it was.
        var response = await owner.PostStepAsync(id, "RecordNumber", new() { ["Input.Number"] = OfferJourneys.NewOfferNumber() });
        var page = await owner.FollowAsync(response);
        page.AssertStatus("Draft");
        Assert.Contains("not the next one", page.TestId("error-message"));
        page = await owner.FollowAsync(await owner.PostStepAsync(id, "RecordFee", new() { ["Input.Amount"] = "230.00", ["Input.Date"] = "2026-01-02", ["Input.Reference"] = "x" }));
        page.AssertStatus("Draft");

        // A form of the offer page left open from before its steps had pages of their own: nothing is taken, the offer opens.
        var token = (await owner.OpenAsync($"/Offers/Details?id={id}")).ValueOf("__RequestVerificationToken")!;
        var stale = await owner.Http.PostAsync($"/Offers/Details?id={id}&handler=Fee", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["FeeForm.Amount"] = "230.00", ["FeeForm.PaidOn"] = "2026-01-02", ["FeeForm.Reference"] = "x",
        }));
        Assert.Equal($"/Offers/Details?id={id}", stale.Headers.Location!.OriginalString);
        (await owner.FollowAsync(stale)).AssertStatus("Draft");

        await owner.SubmitOfferAsync(id);
        page = await owner.FollowAsync(await owner.PostStepAsync(id, "Submit"));
        Assert.Contains("not the next one", page.TestId("error-message"));
        page.AssertStatus("Submitted");
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == id.ToString() && a.Changes.Contains("\"Submitted\""))));
    }

    [Fact]
    public async Task The_fee_must_equal_the_reference_fee()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        await owner.SubmitOfferAsync(id);
        foreach (var amount in new[] { "155.00", "230.01", "-230", "abc" })
        {
            var page = await owner.RecordFeeAsync(app, id, amount);
            page.AssertStatus("Submitted");
            Assert.NotEqual("", page.ErrorFor("Input.Amount"));
            Assert.Equal(amount, page.Document.QuerySelector("#fee-amount")!.GetAttribute("value"));
        }
        var future = await owner.StepAsync(id, "fee-form", new() { ["Input.Amount"] = "230.00", ["Input.Date"] = "2099-01-01", ["Input.Reference"] = "R1" });
        Assert.Contains("future", future.ErrorFor("Input.Date"));
        (await owner.RecordFeeAsync(app, id, "230")).AssertStatus("Fee recorded");
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("B1234567")]
    [InlineData("A123456")]
    [InlineData("A12345678")]
    [InlineData("A12-4567")]
    public async Task An_offer_number_in_the_wrong_format_is_refused(string number)
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        await owner.SubmitOfferAsync(id);
        await owner.RecordFeeAsync(app, id);
        var page = await owner.RecordNumberAsync(id, number);
        page.AssertStatus("Fee recorded");
        Assert.Contains("letter A followed by seven digits", page.ErrorFor("Input.Number"));
        Assert.Equal(number, page.ValueOf("Input.Number"));
    }

    [Fact]
    public async Task An_offer_number_already_used_anywhere_in_the_portal_is_refused()
    {
        var orgA = await app.RegisterOrganizationAsync();
        var orgB = await app.RegisterOrganizationAsync();
        using var a = await app.SignedInClientAsync(orgA.Owner);
        using var b = await app.SignedInClientAsync(orgB.Owner);
        var number = OfferJourneys.NewOfferNumber();
        foreach (var (client, _) in new[] { (a, 0), (b, 1) })
        {
            var id = await client.CreateOfferAsync(app);
            await client.SubmitOfferAsync(id);
            await client.RecordFeeAsync(app, id);
        }
        var first = await a.OpenAsync("/Offers?status=FeeRecorded");
        var idA = Guid.Parse(first.Document.QuerySelector("[data-testid='offer-row'] a")!.GetAttribute("href")!.Split('=')[1]);
        (await a.RecordNumberAsync(idA, number)).AssertStatus("Offer number received");
        var second = await b.OpenAsync("/Offers?status=FeeRecorded");
        var idB = Guid.Parse(second.Document.QuerySelector("[data-testid='offer-row'] a")!.GetAttribute("href")!.Split('=')[1]);
        var refused = await b.RecordNumberAsync(idB, number);
        refused.AssertStatus("Fee recorded");
        Assert.Contains("already recorded on another offer", refused.ErrorFor("Input.Number"));
    }

    [Fact]
    public async Task Posting_the_same_new_offer_form_twice_makes_one_offer()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var form = await owner.OpenAsync("/Offers/Edit");
        var values = OfferJourneys.OfferForm(app);
        var first = await owner.SubmitAsync(form, "[data-testid='offer-form']", values);
        var second = await owner.SubmitAsync(form, "[data-testid='offer-form']", values);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var orgId = await app.WithDbAsync(db => db.Organizations.Where(o => o.BusinessNumber == org.BusinessNumber).Select(o => o.Id).SingleAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Offers.CountAsync(o => o.OrganizationId == orgId)));
    }

    [Theory]
    [InlineData("Input.OccupationCode", "99999", "not in the NOC 2021 list")]
    [InlineData("Input.Wage", "1e309", "")]
    [InlineData("Input.Wage", "NaN", "")]
    [InlineData("Input.Wage", "-12", "between")]
    [InlineData("Input.Wage", "0", "between")]
    [InlineData("Input.HoursPerWeek", "169", "168")]
    [InlineData("Input.EndDate", "2020-01-01", "after the start date")]
    [InlineData("Input.StartDate", "2020-01-01", "cannot be in the past")]
    [InlineData("Input.WorkerDateOfBirth", "2099-01-01", "real date of birth")]
    [InlineData("Input.ProgramCode", "Z99", "not an exemption code an offer of employment can be submitted under")]
    [InlineData("Input.WorkerCitizenship", "XXX", "country of citizenship")]
    public async Task Bad_input_is_explained_next_to_the_field_and_nothing_typed_is_lost(string field, string value, string message)
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var page = await owner.SaveOfferAsync(app, new() { [field] = value, ["Input.JobTitle"] = "Keep this title" });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/Offers/Edit", page.Path);
        Assert.NotEqual("", page.ErrorFor(field));
        Assert.Contains(message, page.ErrorFor(field));
        Assert.Equal("Keep this title", page.ValueOf("Input.JobTitle"));
        Assert.Equal("Okafor", page.ValueOf("Input.WorkerFamilyName"));
        if (field is "Input.Wage" or "Input.HoursPerWeek") Assert.Equal(value, page.ValueOf(field));
    }

    [Fact]
    public async Task Script_in_every_free_text_field_is_shown_as_text()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        const string script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var id = await owner.CreateOfferAsync(app, new()
        {
            ["Input.WorkerFamilyName"] = script, ["Input.WorkerGivenNames"] = script, ["Input.JobTitle"] = script,
            ["Input.MainDuties"] = script, ["Input.Location1City"] = script, ["Input.ExemptionExplanation"] = script, ["Input.PassportNumber"] = "<b>X</b>",
        });
        foreach (var url in new[] { $"/Offers/Details?id={id}", "/Offers", "/Organization", $"/Offers/Edit?id={id}" })
        {
            var page = await owner.OpenAsync(url);
            Assert.Empty(page.Document.QuerySelectorAll("main script, main img"));
        }
        Assert.Contains(script, (await owner.OpenAsync($"/Offers/Details?id={id}")).TestId("duties"));
    }

    [Fact]
    public async Task Editing_a_submitted_offer_keeps_the_earlier_version_in_its_history()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        await owner.SubmitOfferAsync(id);
        var edit = await owner.OpenAsync($"/Offers/Edit?id={id}");
        var saved = await owner.SubmitAndFollowAsync(edit, "[data-testid='offer-form']", new Dictionary<string, string> { ["Input.Wage"] = "65.00" });
        saved.AssertStatus("Submitted");
        Assert.Contains("Version 2", saved.Text);
        var change = saved.Document.QuerySelectorAll("[data-testid='offer-history'] dt").First(dt => dt.TextContent == "Wage").NextElementSibling!;
        Assert.Equal(62.5m, decimal.Parse(change.QuerySelector("del")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(65m, decimal.Parse(change.QuerySelector("ins")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Editing_a_submitted_offer_to_an_ineligible_occupation_or_program_is_refused_with_the_rules_reason()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        await app.DesignateAsync(owner);
        var id = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C10", ["Input.PathwayCode"] = "AIP" });
        (await owner.SubmitOfferAsync(id)).AssertStatus("Submitted");

        // Food and beverage servers are TEER 5; the Atlantic Immigration Program takes TEER 0 to 4.
        var edit = await owner.OpenAsync($"/Offers/Edit?id={id}");
        var refused = await owner.SubmitAndFollowAsync(edit, "[data-testid='offer-form']", new Dictionary<string, string>
        {
            ["Input.OccupationCode"] = "65200", ["Input.JobTitle"] = "Keep this title", ["Input.Wage"] = "70.25",
        });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("/Offers/Edit", refused.Path);
        Assert.Contains("TEER 0, 1, 2, 3, 4", refused.ErrorFor("Input.OccupationCode"));
        Assert.Equal("65200", refused.ValueOf("Input.OccupationCode"));
        Assert.Equal("Keep this title", refused.ValueOf("Input.JobTitle"));
        Assert.Equal("70.25", refused.ValueOf("Input.Wage"));

        // The Innovation Stream is open to its participating employers only (IRCC, International Mobility Program: Innovation Stream, offer of employment and employer compliance fee).
        var program = await owner.SubmitAndFollowAsync(edit, "[data-testid='offer-form']", new Dictionary<string, string> { ["Input.ProgramCode"] = "C88" });
        Assert.Equal("/Offers/Edit", program.Path);
        Assert.Contains("participating employers", program.ErrorFor("Input.ProgramCode"));
        Assert.Equal("C88", program.ValueOf("Input.ProgramCode"));

        var offer = await app.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(("21231", "C10", "AIP", 1, OfferStatus.Submitted, 62.5m), (offer.OccupationCode, offer.ProgramCode, offer.PathwayCode, offer.Version, offer.Status, offer.Wage));

        // A draft is checked when it is submitted, not each time it is saved.
        var draft = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C10", ["Input.PathwayCode"] = "AIP" });
        var saved = await owner.SubmitAndFollowAsync(await owner.OpenAsync($"/Offers/Edit?id={draft}"), "[data-testid='offer-form']",
            new Dictionary<string, string> { ["Input.OccupationCode"] = "65200" });
        saved.AssertStatus("Draft");
    }

    private async Task<Guid> NumberGivenAsync(PortalClient owner)
    {
        var id = await owner.CreateOfferAsync(app);
        await owner.SubmitOfferAsync(id);
        await owner.RecordFeeAsync(app, id);
        await owner.RecordNumberAsync(id, OfferJourneys.NewOfferNumber());
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        (await owner.StepAsync(id, "given-form", new() { ["Input.Date"] = today })).AssertStatus("Number given to the worker");
        return id;
    }

    [Fact]
    public async Task After_the_number_the_approved_permit_and_the_first_day_start_six_years_of_record_keeping()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await NumberGivenAsync(owner);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        // Approved without a number or with an expiry before the decision: each reason beside its field, the rest kept.
        var missing = await owner.StepAsync(id, "permit-form", new()
        {
            ["Input.Outcome"] = "Approved", ["Input.Date"] = today.ToString("yyyy-MM-dd"), ["Input.ExpiresOn"] = today.AddDays(-1).ToString("yyyy-MM-dd"),
        });
        Assert.Contains("work permit number", missing.ErrorFor("Input.Number"));
        Assert.Contains("after the date of the decision", missing.ErrorFor("Input.ExpiresOn"));
        Assert.Equal(today.ToString("yyyy-MM-dd"), missing.ValueOf("Input.Date"));

        var approved = await owner.StepAsync(id, "permit-form", new()
        {
            ["Input.Outcome"] = "Approved", ["Input.Date"] = today.AddDays(-3).ToString("yyyy-MM-dd"), ["Input.Number"] = "u123456789",
            ["Input.ExpiresOn"] = today.AddYears(2).ToString("yyyy-MM-dd"),
        });
        Assert.Contains("Reminders come 180 and 90 days before it expires", approved.TestId("status-message"));
        Assert.Contains("U123456789", approved.TestId("permit"));

        var early = await owner.StepAsync(id, "first-day-form", new() { ["Input.Date"] = today.AddDays(-4).ToString("yyyy-MM-dd") });
        Assert.Contains("before the permit was approved", early.ErrorFor("Input.Date"));
        var first = await owner.StepAsync(id, "first-day-form", new() { ["Input.Date"] = today.ToString("yyyy-MM-dd") });
        Assert.Contains(today.AddYears(6).ToString("yyyy-MM-dd"), first.TestId("records-kept"));
        Assert.Contains("First day of employment", first.TestId("steps"));
        var offer = await app.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal((PermitOutcome.Approved, "U123456789", today.AddYears(2), today), (offer.PermitOutcome!.Value, offer.PermitNumber, offer.PermitExpiresOn!.Value, offer.FirstDayOfEmployment!.Value));
    }

    [Fact]
    public async Task A_refused_application_tracks_the_refund_of_the_fee()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await NumberGivenAsync(owner);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        var refused = await owner.StepAsync(id, "permit-form", new() { ["Input.Outcome"] = "Refused", ["Input.Date"] = today });
        Assert.Contains("Track the refund of the fee", refused.TestId("status-message"));
        Assert.NotNull(refused.Document.QuerySelector("[data-testid='refund']"));
        var requested = await owner.FollowAsync(await owner.PostStepAsync(id, "RequestRefund", new() { ["Input.Date"] = today }));
        Assert.Contains("refund request is recorded", requested.TestId("status-message"));
        Assert.NotNull(await app.WithDbAsync(db => db.Offers.Where(o => o.Id == id).Select(o => o.RefundRequestedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_withdrawn_offer_with_a_paid_fee_tracks_its_refund()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        await owner.SubmitOfferAsync(id);
        await owner.RecordFeeAsync(app, id);
        var unconfirmed = await owner.StepAsync(id, "withdraw-form", new() { ["Input.Reason"] = "The candidate declined." });
        unconfirmed.AssertStatus("Fee recorded");
        Assert.Contains("Tick the box", unconfirmed.ErrorFor("Input.Confirmed"));
        Assert.Equal("The candidate declined.", unconfirmed.Document.QuerySelector("#withdrawal-reason")!.TextContent.Trim());

        var withdrawn = await owner.StepAsync(id, "withdraw-form", new() { ["Input.Reason"] = "The candidate declined.", ["Input.Confirmed"] = "true" });
        withdrawn.AssertStatus("Withdrawn");
        Assert.Contains("8 weeks to a year", withdrawn.TestId("status-message"));
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        var requested = await owner.SubmitAndFollowAsync(withdrawn, "[data-testid='refund'] form", new Dictionary<string, string> { ["Input.Date"] = today });
        Assert.Contains("not received yet", requested.TestId("refund"));
        var received = await owner.SubmitAndFollowAsync(requested, "[data-testid='refund'] form", new Dictionary<string, string> { ["Input.Date"] = today });
        Assert.Contains("received on", received.TestId("refund"));
    }
}

public sealed class SubmittingAnOfferOnSqlite(SqlitePortal app) : SubmittingAnOffer(app), IClassFixture<SqlitePortal>;
public sealed class SubmittingAnOfferOnPostgres(PostgresPortal app) : SubmittingAnOffer(app), IClassFixture<PostgresPortal>;
