using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Features.Atlantic;
using Portal.Web.Identity;

namespace Portal.Web.Features.Reminders;

public sealed record DigestResult(int Digests, int QueueEmails);

/// <summary>
/// Once a day: each person who chose the digest for some reminders gets one email listing them, and each
/// administrator gets the designation review queue. Sweeps first, so a reminder resolved overnight is not listed.
/// </summary>
public sealed class DailyDigest(PortalDbContext db, ReminderSweep sweep, PortalEmails emails, Outbox outbox, ReminderLinks links,
    IOptions<PortalOptions> portal, TimeProvider clock)
{
    public async Task<DigestResult> RunAsync(CancellationToken ct)
    {
        await sweep.RunAsync(ct);
        var today = sweep.Today;
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var items = await db.DigestItems.Where(d => d.DigestedAtUtc == null).OrderBy(d => d.CreatedAtUtc).ToListAsync(ct);
        var people = await sweep.PeopleAsync(items.Select(i => i.UserId).Distinct().ToList(), ct);
        var digests = 0;
        foreach (var group in items.GroupBy(i => i.UserId))
        {
            // Ends with the person's id, which the email's List-Unsubscribe link is made from (ReminderLinks.UnsubscribeLink).
            var key = $"DailyDigest:{today:yyyy-MM-dd}:{group.Key:N}";
            if (!people.TryGetValue(group.Key, out var person))
            {
                foreach (var item in group) item.MarkDigested(nowUtc);
                continue;
            }
            // Today's digest already went out (the job ran twice): what came since waits for tomorrow's.
            if (await db.OutboxEmails.AnyAsync(e => e.IdempotencyKey == key, ct)) continue;
            var email = new DailyDigestEmail(person.Name, group.Select(i => new DigestLine(i.Summary, i.Link)).ToList(), portal.Value.Link("/Account/Manage/Reminders"));
            db.OutboxEmails.Add(outbox.Prepare(emails.Render(person.Email, person.Culture, email), nameof(DailyDigestEmail), key, nowUtc));
            foreach (var item in group) item.MarkDigested(nowUtc);
            digests++;
        }

        var queue = await db.DesignationApplications.AsNoTracking().Where(a => a.Status == DesignationStatus.Submitted)
            .Select(a => a.SubmittedAtUtc).ToListAsync(ct);
        var queueEmails = 0;
        if (queue.Count > 0)
        {
            var oldest = queue.Min() is { } first ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(first, DateTimeKind.Utc), sweep.Zone)) : today;
            var administrators = await db.UserRoles.Join(db.Roles.Where(r => r.Name == PortalRoles.Administrator), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
                .ToListAsync(ct);
            foreach (var admin in (await sweep.PeopleAsync(administrators, ct)).Values)
            {
                if (admin.Preferences.GetValueOrDefault(ReminderType.DesignationReviewQueue, ReminderDelivery.Email) == ReminderDelivery.Off) continue;
                var key = $"{ReminderType.DesignationReviewQueue}:{today:yyyy-MM-dd}:{admin.Id:N}";
                if (await db.OutboxEmails.AnyAsync(e => e.IdempotencyKey == key, ct)) continue;
                var email = new DesignationReviewQueueEmail(new ReminderNotice(admin.Name, string.Empty, oldest, queue.Count,
                    portal.Value.Link("/Admin/Designations"), links.PreferenceLink(admin.Id, ReminderType.DesignationReviewQueue)));
                db.OutboxEmails.Add(outbox.Prepare(emails.Render(admin.Email, admin.Culture, email), nameof(ReminderType.DesignationReviewQueue), key, nowUtc));
                queueEmails++;
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new DigestResult(digests, queueEmails);
    }
}
