using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organizations;
using Portal.Web.Features.Reminders;

namespace Portal.Web.Features.Atlantic;

/// <summary>
/// The Atlantic Immigration Program's reminders: a designation application sent back for changes, and settlement
/// commitments due soon, due today and overdue. Their emails are in <c>AtlanticReminderEmails.cs</c>.
/// </summary>
public sealed class AtlanticReminders : IReminderSource
{
    /// <summary>An application waiting for the employer's changes, since the local day they were asked for.</summary>
    public sealed record ChangesAsked(Guid Id, Guid Organization, Guid CreatedBy, Province Province, DateOnly Since);

    public static FoundReminder? Due(ChangesAsked row, DateOnly today, ReminderOptions o) =>
        Recurrence.Occurrence(row.Since, today, o.ChangesRequestedDays) is { } at
            ? new FoundReminder(ReminderType.DesignationChangesRequested, $"{ReminderType.DesignationChangesRequested}:{row.Id:N}:{at:yyyy-MM-dd}",
                row.Organization, row.CreatedBy, false, Provinces.DisplayNameKey(row.Province), null, today.DayNumber - row.Since.DayNumber,
                $"/Designations/Edit?id={row.Id}")
            : null;

    /// <summary>A settlement commitment still open, with its owner and due date.</summary>
    public sealed record Commitment(Guid Id, Guid Organization, Guid Owner, string Description, string Candidate, DateOnly DueOn);

    /// <summary>Due soon (within the setting's days), due today, then overdue: the day after, and once a week after that, to its owner and the organization's owners.</summary>
    public static FoundReminder? Due(Commitment row, DateOnly today, ReminderOptions o)
    {
        var thing = $"{row.Description} ({row.Candidate})";
        var path = $"/Endorsements/Commitment?id={row.Id}";
        if (row.DueOn > today)
            return row.DueOn <= today.AddDays(Math.Max(0, o.CommitmentDueSoonDays))
                ? new FoundReminder(ReminderType.CommitmentDueSoon, $"{ReminderType.CommitmentDueSoon}:{row.Id:N}:{row.DueOn:yyyy-MM-dd}", row.Organization,
                    row.Owner, false, thing, row.DueOn, 0, path)
                : null;
        if (row.DueOn == today)
            return new FoundReminder(ReminderType.CommitmentDueToday, $"{ReminderType.CommitmentDueToday}:{row.Id:N}:{row.DueOn:yyyy-MM-dd}", row.Organization,
                row.Owner, false, thing, row.DueOn, 0, path);
        var at = row.DueOn.AddDays(1 + (today.DayNumber - row.DueOn.DayNumber - 1) / 7 * 7);
        return new FoundReminder(ReminderType.CommitmentOverdue, $"{ReminderType.CommitmentOverdue}:{row.Id:N}:{at:yyyy-MM-dd}", row.Organization,
            row.Owner, true, thing, row.DueOn, 0, path);
    }

    public async Task<IReadOnlyList<FoundReminder>> FindAsync(PortalDbContext db, ReminderDay day, CancellationToken ct)
    {
        var (today, o) = (day.Today, day.Options);
        var found = new List<FoundReminder?>();
        found.AddRange((await db.DesignationApplications.AsNoTracking()
            .Where(a => a.Status == DesignationStatus.ChangesRequested && a.ChangesRequestedAtUtc != null)
            .Select(a => new { a.Id, a.OrganizationId, a.CreatedByUserId, a.Province, a.ChangesRequestedAtUtc })
            .ToListAsync(ct))
            .Select(a => Due(new ChangesAsked(a.Id, a.OrganizationId, a.CreatedByUserId, a.Province, day.LocalDate(a.ChangesRequestedAtUtc!.Value)), today, o)));

        var soon = today.AddDays(Math.Max(0, o.CommitmentDueSoonDays));
        found.AddRange((await db.SettlementCommitments.AsNoTracking()
            .Where(c => (c.Status == CommitmentStatus.Planned || c.Status == CommitmentStatus.InProgress) && c.DueOn <= soon)
            .Join(db.EndorsementCases, c => c.CaseId, e => e.Id, (c, e) => new { c.Id, c.OrganizationId, c.OwnerUserId, c.Description, c.DueOn, e.CandidateName })
            .ToListAsync(ct))
            .Select(c => Due(new Commitment(c.Id, c.OrganizationId, c.OwnerUserId, c.Description, c.CandidateName, c.DueOn), today, o)));
        return found.OfType<FoundReminder>().ToList();
    }
}
