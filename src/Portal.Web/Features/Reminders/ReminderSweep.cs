using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Reminders;

/// <summary>One reminder that is due now, as its feature found it, with the people it goes to.</summary>
public sealed record DueReminder(FoundReminder Reminder, IReadOnlyList<Guid> Recipients);

public sealed record SweepResult(int Due, int Emails, int DigestItems, int Cancelled);

/// <summary>
/// Asks each feature's reminder source (<see cref="IReminderSource"/>) what is due and writes it, in one transaction with what it read, as outbox rows (or digest items, for people
/// who prefer the digest). Nothing is sent here: the dispatcher sends the outbox. A reminder's key names its occurrence,
/// so running the sweep again (or after the portal was down past several due times) writes each reminder once; a
/// reminder whose condition was resolved is simply no longer found, and one still waiting in the outbox is cancelled.
/// </summary>
public sealed class ReminderSweep(
    IEnumerable<IReminderSource> sources, PortalDbContext db, PortalEmails emails, Outbox outbox, ReminderLinks links, IOptions<ReminderOptions> options,
    IOptions<SchedulerOptions> scheduler, IOptions<PortalOptions> portal, TimeProvider clock, ILogger<ReminderSweep> logger)
{
    /// <summary>The outbox's type of a reminder's email: the reminder type's name, whatever class renders it.</summary>
    public static IReadOnlySet<string> EmailTypes { get; } = Enum.GetNames<ReminderType>().ToHashSet(StringComparer.Ordinal);

    public TimeZoneInfo Zone => scheduler.Value.Zone;

    /// <summary>Today in the reminders' time zone (Scheduler:TimeZone).</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    private DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    public async Task<SweepResult> RunAsync(CancellationToken ct)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var due = await FindDueAsync(Today, nowUtc, ct);
        var (written, digested) = await WriteAsync(due, nowUtc, ct);
        var cancelled = await CancelResolvedAsync(due, nowUtc, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Another sweep wrote some of the same reminders first (the unique key says so): nothing is written twice,
            // and the next sweep writes whatever is still missing.
            logger.LogWarning(e, "Reminder sweep: another sweep wrote some of these reminders first; nothing written this time");
            return new SweepResult(due.Count, 0, 0, 0);
        }
        if (written + digested + cancelled > 0)
            logger.LogInformation("Reminder sweep: {Due} due, {Emails} emails and {Digest} digest items written, {Cancelled} cancelled",
                due.Count, written, digested, cancelled);
        return new SweepResult(due.Count, written, digested, cancelled);
    }

    /// <summary>Every reminder due today, found by each feature's source, with its recipients: active members of the organization concerned.</summary>
    public async Task<IReadOnlyList<DueReminder>> FindDueAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var day = new ReminderDay(today, nowUtc, options.Value, LocalDate);
        var due = new List<FoundReminder>();
        foreach (var source in sources)
            due.AddRange(await source.FindAsync(db, day, ct));

        // Recipients: only active members of the organization; the person concerned, or the owners when that person left.
        var orgIds = due.Select(d => d.Organization).Distinct().ToList();
        var members = new List<(Guid Org, Guid User, MemberRole Role)>();
        foreach (var chunk in orgIds.Chunk(500))
            members.AddRange((await db.Memberships.AsNoTracking().Where(m => m.IsActive && chunk.Contains(m.OrganizationId))
                .Select(m => new { m.OrganizationId, m.UserId, m.Role }).ToListAsync(ct)).Select(m => (m.OrganizationId, m.UserId, m.Role)));
        var byOrg = members.ToLookup(m => m.Org);

        return due.Select(d =>
        {
            var active = byOrg[d.Organization].ToList();
            var owners = active.Where(m => m.Role == MemberRole.EmployerOwner).Select(m => m.User);
            var recipients = new List<Guid>();
            if (d.Person is { } p && active.Any(m => m.User == p)) recipients.Add(p);
            if (d.AlsoOwners || recipients.Count == 0) recipients.AddRange(owners);
            return new DueReminder(d, recipients.Distinct().ToList());
        }).Where(d => d.Recipients.Count > 0).ToList();
    }

    /// <summary>Ends with the person's id, which the email's List-Unsubscribe link is made from (<see cref="ReminderLinks.UnsubscribeLink"/>).</summary>
    public static string KeyFor(DueReminder due, Guid userId) => $"{due.Reminder.Key}:{userId:N}";

    private async Task<(int Emails, int DigestItems)> WriteAsync(IReadOnlyList<DueReminder> due, DateTime nowUtc, CancellationToken ct)
    {
        var wanted = due.SelectMany(d => d.Recipients.Select(u => (d.Reminder, User: u, Key: KeyFor(d, u)))).ToList();
        if (wanted.Count == 0) return (0, 0);

        var keys = wanted.Select(w => w.Key).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(1000))
        {
            existing.UnionWith(await db.OutboxEmails.Where(e => chunk.Contains(e.IdempotencyKey)).Select(e => e.IdempotencyKey).ToListAsync(ct));
            existing.UnionWith(await db.DigestItems.Where(e => chunk.Contains(e.IdempotencyKey)).Select(e => e.IdempotencyKey).ToListAsync(ct));
        }
        var fresh = wanted.Where(w => !existing.Contains(w.Key)).ToList();
        if (fresh.Count == 0) return (0, 0);

        var people = await PeopleAsync(fresh.Select(f => f.User).Distinct().ToList(), ct);
        int emailsWritten = 0, digestWritten = 0;
        foreach (var (reminder, userId, key) in fresh)
        {
            if (!people.TryGetValue(userId, out var person)) continue;
            var delivery = person.Preferences.GetValueOrDefault(reminder.Type, ReminderDelivery.Email);
            if (delivery == ReminderDelivery.Off) continue;
            var email = ReminderEmail.For(reminder.Type, new ReminderNotice(person.Name, reminder.Thing, reminder.Date, reminder.Days,
                portal.Value.Link(reminder.Path), links.PreferenceLink(userId, reminder.Type)));
            var message = emails.Render(person.Email, person.Culture, email);
            if (delivery == ReminderDelivery.Digest)
            {
                db.DigestItems.Add(DigestItem.Create(userId, reminder.Type, key, message.Subject, portal.Value.Link(reminder.Path), nowUtc));
                digestWritten++;
            }
            else
            {
                db.OutboxEmails.Add(outbox.Prepare(message, reminder.Type.ToString(), key, nowUtc));
                emailsWritten++;
            }
        }
        return (emailsWritten, digestWritten);
    }

    /// <summary>Reminders still waiting (in the outbox or for a digest) whose condition has been resolved since.</summary>
    private async Task<int> CancelResolvedAsync(IReadOnlyList<DueReminder> due, DateTime nowUtc, CancellationToken ct)
    {
        var current = due.SelectMany(d => d.Recipients.Select(u => KeyFor(d, u))).ToHashSet(StringComparer.Ordinal);
        var types = EmailTypes.Where(t => t != nameof(ReminderType.DesignationReviewQueue)).ToList();
        var pending = await db.OutboxEmails
            .Where(e => e.Status == OutboxStatus.Pending && types.Contains(e.Type) && (e.LeasedUntilUtc == null || e.LeasedUntilUtc < nowUtc))
            .Select(e => new { e.Id, e.IdempotencyKey }).ToListAsync(ct);
        var stale = pending.Where(p => !current.Contains(p.IdempotencyKey)).Select(p => p.Id).ToList();
        var cancelled = 0;
        foreach (var chunk in stale.Chunk(500))
            foreach (var row in await db.OutboxEmails.Where(e => chunk.Contains(e.Id)).ToListAsync(ct))
                if (row.Cancel("No longer due: resolved before it was sent.", nowUtc)) cancelled++;

        var waiting = await db.DigestItems.Where(d => d.DigestedAtUtc == null && d.Type != ReminderType.DesignationReviewQueue).ToListAsync(ct);
        foreach (var item in waiting.Where(w => !current.Contains(w.IdempotencyKey)))
        {
            db.DigestItems.Remove(item);
            cancelled++;
        }
        return cancelled;
    }

    public sealed record Person(Guid Id, string Email, string Name, string Culture, IReadOnlyDictionary<ReminderType, ReminderDelivery> Preferences);

    public async Task<Dictionary<Guid, Person>> PeopleAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, Person>();
        foreach (var chunk in userIds.Chunk(500))
        {
            var users = await db.Users.AsNoTracking().Where(u => chunk.Contains(u.Id) && u.Email != null)
                .Select(u => new { u.Id, u.Email, u.FullName, u.PreferredCulture }).ToListAsync(ct);
            var prefs = (await db.ReminderPreferences.AsNoTracking().Where(p => chunk.Contains(p.UserId)).ToListAsync(ct)).ToLookup(p => p.UserId);
            foreach (var u in users)
                result[u.Id] = new Person(u.Id, u.Email!, u.FullName, u.PreferredCulture,
                    prefs[u.Id].ToDictionary(p => p.Type, p => p.Delivery));
        }
        return result;
    }
}
