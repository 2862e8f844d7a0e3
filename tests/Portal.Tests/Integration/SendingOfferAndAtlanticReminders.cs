using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Reminders;

namespace Portal.Tests.Integration;

/// <summary>
/// The reminders SendingReminders does not walk through: the number not given to the worker, a start date two weeks
/// away with steps open, the work permit expiring in 180 and in 90 days, the Innovation Stream wage review before January 1, a
/// designation application waiting for changes, and a fee refund not received after 8 weeks. With the clock moved, each
/// arrives at the real SMTP server on the day it is due (not the day before), once, and stops once resolved.
/// </summary>
public abstract class SendingOfferAndAtlanticReminders(Func<PortalApp> newApp) : RemindersOverSmtp(newApp)
{
    private string UtcToday() => App.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Guid> OfferWithNumberGivenAsync(PortalClient owner)
    {
        var offer = await owner.CreateOfferAsync(App);
        await owner.SubmitOfferAsync(offer);
        await owner.RecordFeeAsync(App, offer);
        await owner.RecordNumberAsync(offer, OfferJourneys.NewOfferNumber());
        (await owner.StepAsync(offer, "given-form", new() { ["Input.Date"] = UtcToday() })).AssertStatus("Number given to the worker");
        return offer;
    }

    [Fact]
    public async Task The_number_not_given_reminder_comes_three_days_after_the_number_and_stops_once_it_is_given()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var offer = await owner.CreateOfferAsync(App);
        await owner.SubmitOfferAsync(offer);
        await owner.RecordFeeAsync(App, offer);
        await owner.RecordNumberAsync(offer, OfferJourneys.NewOfferNumber());

        Days(2);
        await SweepAsync();
        Assert.Empty(About(org.Owner.Email, "Give the offer of employment number"));
        Days(1);
        await SweepAsync();
        await SweepAsync();
        var email = Assert.Single(About(org.Owner.Email, "Give the offer of employment number"));
        Assert.Contains("Chidi Emeka Okafor", email.Subject);
        Assert.Contains($"id={offer}", email.LinkTo("/Offers/Steps/GiveNumber"));

        using var again = await App.SignedInClientAsync(org.Owner);
        (await again.StepAsync(offer, "given-form", new() { ["Input.Date"] = UtcToday() })).AssertStatus("Number given to the worker");
        Days(3);
        await SweepAsync();
        Assert.Single(About(org.Owner.Email, "Give the offer of employment number"));
    }

    [Fact]
    public async Task A_start_date_two_weeks_away_with_steps_open_is_reminded_once()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var offer = await owner.CreateOfferAsync(App); // a draft: every step still open
        var start = await App.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).Select(o => o.StartDate).SingleAsync());

        Days(start.DayNumber - (await TodayAsync()).DayNumber - 15);
        await SweepAsync();
        Assert.Empty(About(org.Owner.Email, "steps are still open"));
        Days(1);
        await SweepAsync();
        await SweepAsync();
        var email = Assert.Single(About(org.Owner.Email, "steps are still open"));
        Assert.Contains(start.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture), email.Subject); // the date in English
        Assert.Contains($"id={offer}", email.LinkTo("/Offers/Details"));
        Days(7);
        await SweepAsync();
        Assert.Single(About(org.Owner.Email, "steps are still open"));
    }

    [Fact]
    public async Task The_work_permit_is_reminded_180_days_and_again_90_days_before_it_expires_once_each_and_the_offer_end_date_is_not()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var offer = await OfferWithNumberGivenAsync(owner);
        // The permit expires a year after today; the offer itself ends later (two years after its start).
        var expires = (await TodayAsync()).AddYears(1);
        var recorded = await owner.StepAsync(offer, "permit-form", new()
        {
            ["Input.Outcome"] = "Approved", ["Input.Date"] = UtcToday(), ["Input.Number"] = "U123456789",
            ["Input.ExpiresOn"] = expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Contains("U123456789", recorded.TestId("permit"));

        Days(expires.DayNumber - (await TodayAsync()).DayNumber - 181);
        await SweepAsync();
        Assert.Empty(About(org.Owner.Email, "work permit of"));
        Days(1);
        await SweepAsync();
        await SweepAsync();
        var first = Assert.Single(About(org.Owner.Email, "work permit of"));
        Assert.Contains("expires in six months", first.Subject);
        Assert.Contains($"id={offer}", first.LinkTo("/Offers/Details"));

        Days(89);
        await SweepAsync();
        Assert.Single(About(org.Owner.Email, "work permit of"));
        Days(1);
        await SweepAsync();
        await SweepAsync();
        Assert.Single(About(org.Owner.Email, "expires in 90 days"));
        Days(91);
        await SweepAsync();
        Assert.Equal(2, About(org.Owner.Email, "work permit of").Count);
        Assert.Empty(About(org.Owner.Email, "ends in"));
    }

    [Fact]
    public async Task An_innovation_stream_wage_review_is_reminded_from_december_2_once_a_year()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var offer = await OfferWithNumberGivenAsync(owner);
        // Under the Innovation Stream (C88), which needs a participating employer to submit: set in the database here,
        // since what is tried is the reminder, not the eligibility check (CheckingEligibility tries that).
        await App.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).ExecuteUpdateAsync(s => s.SetProperty(o => o.ProgramCode, OfferReminders.InnovationStream)));

        var today = await TodayAsync();
        var december1 = new DateOnly(today.Month == 12 && today.Day > 1 ? today.Year + 1 : today.Year, 12, 1);
        Days(december1.DayNumber - today.DayNumber);
        await SweepAsync();
        Assert.Empty(About(org.Owner.Email, "Review the wage"));
        Days(1);
        await SweepAsync();
        await SweepAsync();
        var email = Assert.Single(About(org.Owner.Email, "Review the wage"));
        Assert.Contains($"January 1, {december1.Year + 1}", email.Subject);
        Days(40);
        await SweepAsync();
        Assert.Single(About(org.Owner.Email, "Review the wage"));

        Days(new DateOnly(december1.Year + 1, 12, 2).DayNumber - (await TodayAsync()).DayNumber);
        await SweepAsync();
        Assert.Equal(2, About(org.Owner.Email, "Review the wage").Count);
    }

    [Fact]
    public async Task A_designationApplication_waiting_for_changes_is_reminded_after_three_days_until_resubmitted()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var id = (await owner.ApplyForDesignationAsync(App)).ApplicationId();
        using var admin = await App.SignedInAdministratorAsync();
        await admin.DecideAsync(id, "changes-form", new() { ["ChangesNote"] = "Name the settlement provider's office in Halifax." });

        Days(2);
        await SweepAsync();
        Assert.Empty(About(org.Owner.Email, "is waiting for your changes"));
        Days(1);
        await SweepAsync();
        await SweepAsync();
        var email = Assert.Single(About(org.Owner.Email, "is waiting for your changes"));
        Assert.Contains("Nova Scotia", email.Subject);
        Assert.Contains($"id={id}", email.LinkTo("/Designations/Edit"));

        using var again = await App.SignedInClientAsync(org.Owner);
        var edit = await again.OpenAsync($"/Designations/Edit?id={id}");
        var resubmitted = await again.SubmitAndFollowAsync(edit, "[data-testid='designation-form']", new() { ["Input.ProviderName"] = "ISANS Halifax office", ["Intent"] = "submit" });
        Assert.Equal("Submitted for review", resubmitted.TestId("application-status"));
        Days(3);
        await SweepAsync();
        Assert.Single(About(org.Owner.Email, "is waiting for your changes"));
    }

    [Fact]
    public async Task A_fee_refund_not_received_after_eight_weeks_is_reminded_to_the_owners_until_it_arrives()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var offer = await owner.CreateOfferAsync(App);
        await owner.SubmitOfferAsync(offer);
        await owner.RecordFeeAsync(App, offer);
        var withdrawn = await owner.StepAsync(offer, "withdraw-form", new() { ["Input.Reason"] = "The candidate declined.", ["Input.Confirmed"] = "true" });
        withdrawn.AssertStatus("Withdrawn");
        var requestedOn = (await TodayAsync()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var requested = await owner.SubmitAndFollowAsync(withdrawn, "[data-testid='refund'] form", new Dictionary<string, string> { ["Input.Date"] = requestedOn });
        Assert.Contains("not received yet", requested.TestId("refund"));

        Days(55);
        await SweepAsync();
        Assert.Empty(About(org.Owner.Email, "The fee refund for"));
        Days(1);
        await SweepAsync();
        await SweepAsync();
        var email = Assert.Single(About(org.Owner.Email, "The fee refund for"));
        Assert.Contains($"id={offer}", email.LinkTo("/Offers/Steps/RecordRefund"));

        // The email's link opens the step that waits: recording the refund as received.
        using var again = await App.SignedInClientAsync(org.Owner);
        var page = await again.OpenAsync(new Uri(email.LinkTo("/Offers/Steps/RecordRefund")).PathAndQuery);
        var received = await again.SubmitAndFollowAsync(page, "[data-testid='refund-received-form']", new Dictionary<string, string> { ["Input.Date"] = UtcToday() });
        Assert.Contains("received on", received.TestId("refund"));
        Days(56);
        await SweepAsync();
        Assert.Single(About(org.Owner.Email, "The fee refund for"));
    }
}

public sealed class SendingOfferAndAtlanticRemindersOnSqlite() : SendingOfferAndAtlanticReminders(() => new SqlitePortal());
public sealed class SendingOfferAndAtlanticRemindersOnPostgres() : SendingOfferAndAtlanticReminders(() => new PostgresPortal());
