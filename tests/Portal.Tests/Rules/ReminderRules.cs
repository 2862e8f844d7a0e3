using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;
using Portal.Web.Features.Reminders;

namespace Portal.Tests.Rules;

/// <summary>Each feature's reminder rules, <c>Due(row, today, options)</c>, at their boundaries, without a database.</summary>
public sealed class ReminderRules
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly ReminderOptions Options = new();
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly Guid Person = Guid.NewGuid();

    private static OfferReminders.Waiting Submitted(int daysAgo) =>
        new(Guid.NewGuid(), Org, Person, "Ana Silva, Developer", OfferStatus.Submitted, Today.AddDays(-daysAgo));

    [Fact]
    public void An_unrecorded_fee_is_reminded_on_the_third_day_then_every_third_day_under_one_key_per_occurrence()
    {
        Assert.Null(OfferReminders.Due(Submitted(2), Today, Options));
        var third = OfferReminders.Due(Submitted(3), Today, Options)!;
        Assert.Equal(ReminderType.FeeNotRecorded, third.Type);
        Assert.Equal(3, third.Days);
        Assert.EndsWith($":{Today:yyyy-MM-dd}", third.Key, StringComparison.Ordinal);
        // Five days after: still the occurrence of day three, so a sweep on day four or five writes nothing new.
        var offer = Submitted(5);
        Assert.EndsWith($":{Today.AddDays(-2):yyyy-MM-dd}", OfferReminders.Due(offer, Today, Options)!.Key, StringComparison.Ordinal);
        Assert.Null(OfferReminders.Due(Submitted(10), Today, new ReminderOptions { FeeNotRecordedDays = 0 }));
    }

    [Theory]
    [InlineData(OfferStatus.Submitted, "RecordFee")]
    [InlineData(OfferStatus.FeeRecorded, "RecordNumber")]
    [InlineData(OfferStatus.NumberReceived, "GiveNumber")]
    public void A_reminder_of_a_waiting_step_links_to_that_step(OfferStatus status, string step)
    {
        var offer = new OfferReminders.Waiting(Guid.NewGuid(), Org, Person, "Ana Silva, Developer", status, Today.AddDays(-30));
        Assert.Equal($"/Offers/Steps/{step}?id={offer.Id}", OfferReminders.Due(offer, Today, Options)!.Path);
    }

    [Fact]
    public void A_work_permit_is_reminded_180_then_90_days_before_it_expires_and_not_once_expired()
    {
        OfferReminders.Permit Expiring(int inDays) => new(Guid.NewGuid(), Org, Person, "Ana Silva, Developer", Today.AddDays(inDays));
        Assert.Null(OfferReminders.Due(Expiring(181), Today, Options));
        Assert.Equal(ReminderType.PermitExpiresIn180Days, OfferReminders.Due(Expiring(180), Today, Options)!.Type);
        Assert.Equal(ReminderType.PermitExpiresIn180Days, OfferReminders.Due(Expiring(91), Today, Options)!.Type);
        Assert.Equal(ReminderType.PermitExpiresIn90Days, OfferReminders.Due(Expiring(90), Today, Options)!.Type);
        Assert.Equal(ReminderType.PermitExpiresIn90Days, OfferReminders.Due(Expiring(1), Today, Options)!.Type);
        Assert.Null(OfferReminders.Due(Expiring(0), Today, Options));
    }

    [Fact]
    public void The_innovation_stream_wage_review_comes_30_days_before_january_first_for_offers_still_in_force_then()
    {
        var offer = new OfferReminders.Innovation(Guid.NewGuid(), Org, Person, "Ana Silva, Developer", null);
        Assert.Null(OfferReminders.Due(offer, new DateOnly(2026, 12, 1), Options));
        var due = OfferReminders.Due(offer, new DateOnly(2026, 12, 2), Options)!;
        Assert.Equal(new DateOnly(2027, 1, 1), due.Date);
        Assert.Null(OfferReminders.Due(offer with { EndDate = new DateOnly(2026, 12, 31) }, new DateOnly(2026, 12, 2), Options));
    }

    [Fact]
    public void A_refund_not_received_is_reminded_every_eight_weeks_to_the_owners()
    {
        OfferReminders.Refund Asked(int daysAgo) => new(Guid.NewGuid(), Org, "Ana Silva, Developer", Today.AddDays(-daysAgo));
        Assert.Null(OfferReminders.Due(Asked(55), Today, Options));
        var due = OfferReminders.Due(Asked(56), Today, Options)!;
        Assert.True(due.AlsoOwners);
        Assert.Null(due.Person);
        Assert.Equal(8, due.Days);
    }

    [Fact]
    public void A_settlement_commitment_is_due_soon_then_today_then_overdue_weekly_to_its_owner_and_the_owners()
    {
        AtlanticReminders.Commitment DueIn(int days) => new(Guid.NewGuid(), Org, Person, "Airport pickup", "Ana Silva", Today.AddDays(days));
        Assert.Null(AtlanticReminders.Due(DueIn(8), Today, Options));
        Assert.Equal(ReminderType.CommitmentDueSoon, AtlanticReminders.Due(DueIn(7), Today, Options)!.Type);
        Assert.Equal(ReminderType.CommitmentDueToday, AtlanticReminders.Due(DueIn(0), Today, Options)!.Type);
        var dayAfter = AtlanticReminders.Due(DueIn(-1), Today, Options)!;
        Assert.Equal(ReminderType.CommitmentOverdue, dayAfter.Type);
        Assert.True(dayAfter.AlsoOwners);
        Assert.EndsWith($":{Today:yyyy-MM-dd}", dayAfter.Key, StringComparison.Ordinal);
        // A week after the first overdue reminder, the next; in between, the same key.
        Assert.EndsWith($":{Today.AddDays(-6):yyyy-MM-dd}", AtlanticReminders.Due(DueIn(-7), Today, Options)!.Key, StringComparison.Ordinal);
        Assert.EndsWith($":{Today:yyyy-MM-dd}", AtlanticReminders.Due(DueIn(-8), Today, Options)!.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void A_designation_sent_back_for_changes_is_reminded_every_three_days_with_its_province()
    {
        var asked = new AtlanticReminders.ChangesAsked(Guid.NewGuid(), Org, Person, Province.NS, Today.AddDays(-3));
        var due = AtlanticReminders.Due(asked, Today, Options)!;
        Assert.Equal(ReminderType.DesignationChangesRequested, due.Type);
        Assert.Equal(Provinces.DisplayNameKey(Province.NS), due.Thing);
        Assert.Null(AtlanticReminders.Due(asked with { Since = Today.AddDays(-2) }, Today, Options));
    }
}
