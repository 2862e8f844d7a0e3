using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Email;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Reminders;
using Portal.Web.Identity;

namespace Portal.Tests.Integration;

/// <summary>
/// Reminders through a real SMTP server (aiosmtpd on loopback): with the clock moved, each fires when it is due, once,
/// to the right people, in their language, with a link to where it is done; it stops once its condition is resolved;
/// a person's setting (email, digest, off) is honoured, and the one-click link works only untampered and unexpired.
/// The sweep and the dispatcher are run here directly, as the scheduled jobs run them.
/// </summary>
public abstract class SendingReminders(Func<PortalApp> newApp) : RemindersOverSmtp(newApp)
{
    [Fact]
    public async Task The_fee_reminder_comes_after_three_days_repeats_every_three_and_stops_when_the_fee_is_recorded()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var offer = await owner.CreateOfferAsync(App);
        await owner.SubmitOfferAsync(offer);

        await SweepAsync();
        Days(2);
        await SweepAsync();
        Assert.Empty(To(org.Owner.Email, "Record the employer compliance fee"));

        Days(1);
        await SweepAsync();
        await SweepAsync();
        var first = Assert.Single(To(org.Owner.Email, "Record the employer compliance fee"));
        Assert.Equal("en", first.Language);
        Assert.Contains("Chidi Emeka Okafor", first.Subject);
        Assert.Contains($"id={offer}", first.LinkTo("/Offers/Steps/RecordFee"));
        Assert.StartsWith(App.PublicBaseUrl + "/Account/ReminderLink?token=", first.LinkTo("/Account/ReminderLink"));
        Assert.Contains("submitted 3 days ago", first.Text);

        Days(2);
        await SweepAsync();
        Assert.Single(To(org.Owner.Email, "Record the employer compliance fee"));
        Days(1);
        await SweepAsync();
        Assert.Equal(2, To(org.Owner.Email, "Record the employer compliance fee").Count);

        using var again = await App.SignedInClientAsync(org.Owner);
        await again.RecordFeeAsync(App, offer);
        Days(3);
        await SweepAsync();
        Assert.Equal(2, To(org.Owner.Email, "Record the employer compliance fee").Count);
        var next = Assert.Single(To(org.Owner.Email, "Record the offer of employment number"));
        Assert.Contains($"id={offer}", next.LinkTo("/Offers/Steps/RecordNumber"));
    }

    [Fact]
    public async Task After_days_without_a_sweep_one_reminder_goes_out_not_one_per_missed_occurrence()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var offer = await owner.CreateOfferAsync(App);
        await owner.SubmitOfferAsync(offer);

        Days(10);
        await SweepAsync();
        await SweepAsync();
        Assert.Single(To(org.Owner.Email, "Record the employer compliance fee"));
    }

    [Fact]
    public async Task A_reminder_waiting_in_the_outbox_is_cancelled_when_its_condition_is_resolved_first()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var offer = await owner.CreateOfferAsync(App);
        await owner.SubmitOfferAsync(offer);
        Days(3);
        // Written, not yet sent (no dispatch): then the fee is recorded before the dispatcher comes round.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("tests");
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None)).Emails);
        }
        using var again = await App.SignedInClientAsync(org.Owner);
        await again.RecordFeeAsync(App, offer);
        var result = await SweepAsync();

        Assert.Equal(1, result.Cancelled);
        Assert.Empty(To(org.Owner.Email, "Record the employer compliance fee"));
        var row = await App.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.Type == nameof(ReminderType.FeeNotRecorded)));
        Assert.Equal(OutboxStatus.Cancelled, row.Status);
    }

    [Fact]
    public async Task Settlement_commitments_remind_their_owner_before_and_on_the_due_date_and_the_owners_too_once_overdue()
    {
        var (org, owner, staff, staffClient) = await App.OrganizationWithStaffAsync();
        await App.DesignateAsync(owner);
        var offer = await owner.CreateAtlanticOfferAsync(App);
        var caseId = (await owner.OpenCaseAsync(offer)).CaseId();
        await owner.AddCommitmentAsync(caseId, staff.FullName, App.Day(10), description: "Meet the family at the airport");

        await SweepAsync();
        Days(2);
        await SweepAsync();
        Assert.Empty(To(staff.Email, "Settlement commitment"));

        Days(1);
        await SweepAsync();
        var soon = Assert.Single(To(staff.Email, "Settlement commitment due on"));
        Assert.Contains("Meet the family at the airport", soon.Subject);
        Assert.Contains("/Endorsements/Commitment", soon.Links.First(l => l.Contains("Commitment", StringComparison.Ordinal)));
        Assert.Empty(To(org.Owner.Email, "Settlement commitment"));

        Days(7);
        await SweepAsync();
        Assert.Single(To(staff.Email, "Settlement commitment due today"));

        Days(1);
        await SweepAsync();
        await SweepAsync();
        Assert.Single(To(staff.Email, "Settlement commitment overdue"));
        Assert.Single(To(org.Owner.Email, "Settlement commitment overdue"));

        // Done: nothing more, even a week later when the next overdue reminder would have come.
        await App.WithDbAsync(async db =>
        {
            var c = await db.SettlementCommitments.SingleAsync(x => x.CaseId == caseId);
            var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
            Assert.Null(c.Update(c.Description, c.OwnerUserId, c.DueOn, CommitmentStatus.Done, null, "Picked up at YHZ.", today, c.DueOn, today, App.Clock.GetUtcNow().UtcDateTime));
            return await db.SaveChangesAsync();
        });
        Days(7);
        await SweepAsync();
        Assert.Single(To(staff.Email, "Settlement commitment overdue"));
        Assert.Single(To(org.Owner.Email, "Settlement commitment overdue"));
    }

    [Fact]
    public async Task A_person_who_prefers_the_digest_gets_one_daily_email_listing_the_reminder_instead()
    {
        var org = await App.RegisterOrganizationAsync();
        using var owner = await App.SignedInClientAsync(org.Owner);
        var settings = await owner.OpenAsync("/Account/Manage/Reminders");
        var saved = await owner.SubmitAndFollowAsync(settings, "[data-testid='reminder-settings']",
            new() { [$"Delivery[{ReminderType.FeeNotRecorded}]"] = nameof(ReminderDelivery.Digest) });
        Assert.Contains("Your reminder settings are saved.", saved.Text);

        var offer = await owner.CreateOfferAsync(App);
        await owner.SubmitOfferAsync(offer);
        Days(3);
        var result = await SweepAsync();
        Assert.Equal(1, result.DigestItems);
        Assert.Empty(To(org.Owner.Email, "Record the employer compliance fee"));

        await DigestAsync();
        await DigestAsync();
        var digest = Assert.Single(To(org.Owner.Email, "Your portal digest"));
        Assert.Contains("Record the employer compliance fee", digest.Text);
        Assert.Contains($"id={offer}", digest.LinkTo("/Offers/Steps/RecordFee"));
    }

    [Fact]
    public async Task The_link_in_a_reminder_changes_that_setting_without_signing_in_and_a_tampered_or_expired_one_changes_nothing()
    {
        var org = await App.RegisterOrganizationAsync();
        using (var owner = await App.SignedInClientAsync(org.Owner))
            await owner.SubmitOfferAsync(await owner.CreateOfferAsync(App));
        Days(3);
        await SweepAsync();
        var link = Assert.Single(To(org.Owner.Email, "Record the employer compliance fee")).LinkTo("/Account/ReminderLink");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"]!;
        var tampered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];

        using var anonymous = App.NewClient();
        var bad = await anonymous.OpenAsync("/Account/ReminderLink?token=" + Uri.EscapeDataString(tampered));
        Assert.NotNull(bad.TestId("link-invalid"));
        var good = await anonymous.OpenAsync(new Uri(link).PathAndQuery);
        Assert.Null(good.TestId("link-invalid"));
        Assert.Contains("Offer submitted, compliance fee not recorded", good.Text);
        Assert.Contains(org.Owner.Email, good.Text);
        Assert.Contains("Email each time", good.TestId("current-setting"));

        // Posting the good page's form with the tampered token: nothing changes.
        var forgery = await anonymous.OpenAsync(new Uri(link).PathAndQuery);
        forgery.Document.QuerySelector("[data-testid='link-form']")!.SetAttribute("action", "/Account/ReminderLink?token=" + Uri.EscapeDataString(tampered));
        var forged = await anonymous.SubmitAndFollowAsync(forgery, "[data-testid='link-form']", new() { ["Delivery"] = "Off" });
        Assert.NotNull(forged.TestId("link-invalid"));
        Assert.Equal(0, await App.WithDbAsync(db => db.ReminderPreferences.CountAsync()));

        var changed = await anonymous.SubmitAndFollowAsync(good, "[data-testid='link-form']", new() { ["Delivery"] = "Off" });
        Assert.Contains("Off", changed.TestId("current-setting"));
        var preference = await App.WithDbAsync(db => db.ReminderPreferences.AsNoTracking().SingleAsync());
        Assert.Equal((ReminderType.FeeNotRecorded, ReminderDelivery.Off), (preference.Type, preference.Delivery));

        Days(3);
        await SweepAsync();
        Assert.Single(To(org.Owner.Email, "Record the employer compliance fee"));

        Days(61);
        var expired = await anonymous.OpenAsync(new Uri(link).PathAndQuery);
        Assert.NotNull(expired.TestId("link-invalid"));
    }

    [Fact]
    public async Task A_french_speaking_owner_gets_the_reminder_in_french()
    {
        var org = await App.RegisterOrganizationAsync();
        using (var owner = await App.SignedInClientAsync(org.Owner))
            await owner.SubmitOfferAsync(await owner.CreateOfferAsync(App));
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == org.Owner.Email);
            user.PreferredCulture = "fr";
            return await db.SaveChangesAsync();
        });
        Days(3);
        await SweepAsync();
        var email = Assert.Single(Smtp.Received, m => m.To.Equals(org.Owner.Email, StringComparison.OrdinalIgnoreCase) && m.Subject.Contains("Chidi Emeka Okafor", StringComparison.Ordinal));
        Assert.Equal("fr", email.Language);
        Assert.DoesNotContain("Record", email.Subject);
        Assert.Contains("Bonjour", email.Text);
        Assert.Contains("/Offers/Steps/RecordFee", email.LinkTo("/Offers/Steps/RecordFee"));
    }
}

public sealed class SendingRemindersOnSqlite() : SendingReminders(() => new SqlitePortal());
public sealed class SendingRemindersOnPostgres() : SendingReminders(() => new PostgresPortal());
