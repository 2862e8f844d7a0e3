using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Reminders;

namespace Portal.Web.Features.Offers;

/// <summary>
/// The offer's reminders: a step left waiting (fee, number, giving the number), the start date coming, the work permit's
/// expiry (180 and 90 days before: renewals follow the permit, not the offer's end date), the Innovation Stream's yearly
/// wage review, and a refund not received. Their emails are in <c>OfferReminderEmails.cs</c>.
/// </summary>
public sealed class OfferReminders : IReminderSource
{
    /// <summary>The Innovation Stream's exemption code (IRCC, Global Talent Stream and Innovation Stream wages): reviewed every year by January 1.</summary>
    public const string InnovationStream = "C88";

    /// <summary>An offer at a step that waits on the employer, since the local day that step was reached.</summary>
    public sealed record Waiting(Guid Id, Guid Organization, Guid CreatedBy, string Worker, OfferStatus Status, DateOnly Since);

    public static FoundReminder? Due(Waiting row, DateOnly today, ReminderOptions o)
    {
        var (type, every, step) = row.Status switch
        {
            OfferStatus.Submitted => (ReminderType.FeeNotRecorded, o.FeeNotRecordedDays, "RecordFee"),
            OfferStatus.FeeRecorded => (ReminderType.NumberNotRecorded, o.NumberNotRecordedDays, "RecordNumber"),
            OfferStatus.NumberReceived => (ReminderType.NumberNotGiven, o.NumberNotGivenDays, "GiveNumber"),
            _ => (default(ReminderType), 0, ""),
        };
        // The link opens the step that is waiting, to be taken at once.
        return Recurrence.Occurrence(row.Since, today, every) is { } at
            ? new FoundReminder(type, $"{type}:{row.Id:N}:{at:yyyy-MM-dd}", row.Organization, row.CreatedBy, false, row.Worker, null,
                today.DayNumber - row.Since.DayNumber, StepOf(row.Id, step))
            : null;
    }

    /// <summary>An offer not yet through its steps, with its start date.</summary>
    public sealed record Starting(Guid Id, Guid Organization, Guid CreatedBy, string Worker, DateOnly StartDate);

    public static FoundReminder? Due(Starting row, DateOnly today, ReminderOptions o) =>
        o.StartDateDays > 0 && row.StartDate > today && row.StartDate <= today.AddDays(o.StartDateDays)
            ? new FoundReminder(ReminderType.StartDateSoon, $"{ReminderType.StartDateSoon}:{row.Id:N}:{row.StartDate:yyyy-MM-dd}", row.Organization,
                row.CreatedBy, false, row.Worker, row.StartDate, 0, PathOf(row.Id))
            : null;

    /// <summary>An offer whose number was given, with its work permit's expiry.</summary>
    public sealed record Permit(Guid Id, Guid Organization, Guid CreatedBy, string Worker, DateOnly ExpiresOn);

    public static FoundReminder? Due(Permit row, DateOnly today, ReminderOptions o)
    {
        if (row.ExpiresOn <= today || row.ExpiresOn > today.AddDays(180)) return null;
        var type = row.ExpiresOn <= today.AddDays(90) ? ReminderType.PermitExpiresIn90Days : ReminderType.PermitExpiresIn180Days;
        return new FoundReminder(type, $"{type}:{row.Id:N}:{row.ExpiresOn:yyyy-MM-dd}", row.Organization, row.CreatedBy, false, row.Worker,
            row.ExpiresOn, 0, PathOf(row.Id));
    }

    /// <summary>An Innovation Stream offer in force, with its end date.</summary>
    public sealed record Innovation(Guid Id, Guid Organization, Guid CreatedBy, string Worker, DateOnly? EndDate);

    public static FoundReminder? Due(Innovation row, DateOnly today, ReminderOptions o)
    {
        var januaryFirst = new DateOnly(today.Year + 1, 1, 1);
        if (o.WageReviewDays <= 0 || today < januaryFirst.AddDays(-o.WageReviewDays) || row.EndDate < januaryFirst) return null;
        return new FoundReminder(ReminderType.WageReviewDue, $"{ReminderType.WageReviewDue}:{row.Id:N}:{januaryFirst:yyyy-MM-dd}", row.Organization,
            row.CreatedBy, false, row.Worker, januaryFirst, 0, PathOf(row.Id));
    }

    /// <summary>A refund asked for and not received, with the day it was asked for.</summary>
    public sealed record Refund(Guid Id, Guid Organization, string Worker, DateOnly RequestedOn);

    public static FoundReminder? Due(Refund row, DateOnly today, ReminderOptions o) =>
        Recurrence.Occurrence(row.RequestedOn, today, 7 * o.RefundWeeks) is { } at
            ? new FoundReminder(ReminderType.RefundNotReceived, $"{ReminderType.RefundNotReceived}:{row.Id:N}:{at:yyyy-MM-dd}", row.Organization, null,
                true, row.Worker, row.RequestedOn, (today.DayNumber - row.RequestedOn.DayNumber) / 7, StepOf(row.Id, "RecordRefund"))
            : null;

    public async Task<IReadOnlyList<FoundReminder>> FindAsync(PortalDbContext db, ReminderDay day, CancellationToken ct)
    {
        var (today, o) = (day.Today, day.Options);
        var found = new List<FoundReminder?>();

        // A coarse cut in UTC (a day of slack for the time zone); the exact test is on local dates, in Due.
        var earliest = day.NowUtc.AddDays(1 - Math.Min(o.FeeNotRecordedDays, Math.Min(o.NumberNotRecordedDays, o.NumberNotGivenDays)));
        var waiting = await db.Offers.AsNoTracking()
            .Where(x => (x.Status == OfferStatus.Submitted && x.SubmittedAtUtc <= earliest)
                     || (x.Status == OfferStatus.FeeRecorded && x.FeeRecordedAtUtc <= earliest)
                     || (x.Status == OfferStatus.NumberReceived && x.NumberRecordedAtUtc <= earliest))
            .Select(x => new { x.Id, x.OrganizationId, x.CreatedByUserId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.Status, x.SubmittedAtUtc, x.FeeRecordedAtUtc, x.NumberRecordedAtUtc })
            .ToListAsync(ct);
        foreach (var x in waiting)
        {
            var since = x.Status switch
            {
                OfferStatus.Submitted => x.SubmittedAtUtc,
                OfferStatus.FeeRecorded => x.FeeRecordedAtUtc,
                _ => x.NumberRecordedAtUtc,
            };
            if (since is not null)
                found.Add(Due(new Waiting(x.Id, x.OrganizationId, x.CreatedByUserId, Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), x.Status,
                    day.LocalDate(since.Value)), today, o));
        }

        if (o.StartDateDays > 0)
        {
            var horizon = today.AddDays(o.StartDateDays);
            found.AddRange((await db.Offers.AsNoTracking()
                .Where(x => x.StartDate > today && x.StartDate <= horizon
                    && (x.Status == OfferStatus.Draft || x.Status == OfferStatus.Submitted || x.Status == OfferStatus.FeeRecorded || x.Status == OfferStatus.NumberReceived))
                .Select(x => new { x.Id, x.OrganizationId, x.CreatedByUserId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.StartDate })
                .ToListAsync(ct))
                .Select(x => Due(new Starting(x.Id, x.OrganizationId, x.CreatedByUserId, Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), x.StartDate), today, o)));
        }

        var in180 = today.AddDays(180);
        found.AddRange((await db.Offers.AsNoTracking()
            .Where(x => x.Status == OfferStatus.NumberGiven && x.PermitExpiresOn != null && x.PermitExpiresOn > today && x.PermitExpiresOn <= in180)
            .Select(x => new { x.Id, x.OrganizationId, x.CreatedByUserId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.PermitExpiresOn })
            .ToListAsync(ct))
            .Select(x => Due(new Permit(x.Id, x.OrganizationId, x.CreatedByUserId, Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), x.PermitExpiresOn!.Value), today, o)));

        var januaryFirst = new DateOnly(today.Year + 1, 1, 1);
        if (o.WageReviewDays > 0 && today >= januaryFirst.AddDays(-o.WageReviewDays))
            found.AddRange((await db.Offers.AsNoTracking()
                .Where(x => x.Status == OfferStatus.NumberGiven && x.ProgramCode == InnovationStream && (x.EndDate == null || x.EndDate >= januaryFirst))
                .Select(x => new { x.Id, x.OrganizationId, x.CreatedByUserId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.EndDate })
                .ToListAsync(ct))
                .Select(x => Due(new Innovation(x.Id, x.OrganizationId, x.CreatedByUserId, Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), x.EndDate), today, o)));

        if (o.RefundWeeks > 0)
        {
            var requestedBy = today.AddDays(-7 * o.RefundWeeks);
            found.AddRange((await db.Offers.AsNoTracking()
                .Where(x => x.RefundRequestedOn != null && x.RefundReceivedOn == null && x.RefundRequestedOn <= requestedBy)
                .Select(x => new { x.Id, x.OrganizationId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.RefundRequestedOn })
                .ToListAsync(ct))
                .Select(x => Due(new Refund(x.Id, x.OrganizationId, Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), x.RefundRequestedOn!.Value), today, o)));
        }
        return found.OfType<FoundReminder>().ToList();
    }

    private static string PathOf(Guid id) => $"/Offers/Details?id={id}";

    /// <summary>The page of one of the offer's steps (<c>Features/Offers/Steps</c>).</summary>
    private static string StepOf(Guid id, string step) => $"/Offers/Steps/{step}?id={id}";

    private static string Worker(string given, string family, string job) => $"{given} {family}, {job}";
}
