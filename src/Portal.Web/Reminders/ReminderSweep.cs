using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Atlantic;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Offers;
using Portal.Web.Organizations;

namespace Portal.Web.Reminders;

/// <summary>One reminder that is due now, for the people it goes to.</summary>
/// <param name="Key">Type, subject and occurrence (a due date, or the day a repeating reminder came round): one email per key and person.</param>
public sealed record DueReminder(ReminderType Type, string Key, string Thing, DateOnly? Date, int Days, string Path, IReadOnlyList<Guid> Recipients);

public sealed record SweepResult(int Due, int Emails, int DigestItems, int Cancelled);

/// <summary>
/// Finds what is due and writes it, in one transaction with what it read, as outbox rows (or digest items, for people
/// who prefer the digest). Nothing is sent here: the dispatcher sends the outbox. A reminder's key names its occurrence,
/// so running the sweep again (or after the portal was down past several due times) writes each reminder once; a
/// reminder whose condition was resolved is simply no longer found, and one still waiting in the outbox is cancelled.
/// </summary>
public sealed class ReminderSweep(
    PortalDbContext db, PortalEmails emails, Outbox outbox, ReminderLinks links, IOptions<ReminderOptions> options,
    IOptions<SchedulerOptions> scheduler, IOptions<PortalOptions> portal, TimeProvider clock, ILogger<ReminderSweep> logger)
{
    /// <summary>The Innovation Stream's exemption code: its wages are reviewed every year by January 1 [DOMAIN].</summary>
    public const string InnovationStream = "C88";

    private static readonly Lazy<HashSet<string>> ReminderEmailTypes = new(() => Enum.GetValues<ReminderType>()
        .Select(t => ReminderEmail.For(t, new ReminderNotice("", "", null, 0, "", "")).GetType().Name).ToHashSet());

    public static IReadOnlySet<string> EmailTypes => ReminderEmailTypes.Value;

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

    /// <summary>Every reminder due today, with its recipients: active members of the organization concerned.</summary>
    public async Task<IReadOnlyList<DueReminder>> FindDueAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var o = options.Value;
        var due = new List<(ReminderType Type, string Key, Guid Org, Guid? Person, bool AlsoOwners, string Thing, DateOnly? Date, int Days, string Path)>();

        // A repeating reminder: first after N days from the day its state began, then every N days; the key names the
        // latest occurrence, so a sweep after days of downtime writes one reminder, not one per missed occurrence.
        static DateOnly? Occurrence(DateOnly since, DateOnly today, int every)
        {
            if (every <= 0) return null;
            var elapsed = today.DayNumber - since.DayNumber;
            return elapsed < every ? null : since.AddDays(elapsed / every * every);
        }

        // A coarse cut in UTC (a day of slack for the time zone); the exact test is on local dates below.
        var earliest = nowUtc.AddDays(1 - Math.Min(o.FeeNotRecordedDays, Math.Min(o.NumberNotRecordedDays, o.NumberNotGivenDays)));
        var waiting = await db.Offers.AsNoTracking()
            .Where(x => (x.Status == OfferStatus.Submitted && x.SubmittedAtUtc <= earliest)
                     || (x.Status == OfferStatus.FeeRecorded && x.FeeRecordedAtUtc <= earliest)
                     || (x.Status == OfferStatus.NumberReceived && x.NumberRecordedAtUtc <= earliest))
            .Select(x => new { x.Id, x.OrganizationId, x.CreatedByUserId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.Status, x.SubmittedAtUtc, x.FeeRecordedAtUtc, x.NumberRecordedAtUtc })
            .ToListAsync(ct);
        foreach (var x in waiting)
        {
            var (type, since, every) = x.Status switch
            {
                OfferStatus.Submitted => (ReminderType.FeeNotRecorded, x.SubmittedAtUtc, o.FeeNotRecordedDays),
                OfferStatus.FeeRecorded => (ReminderType.NumberNotRecorded, x.FeeRecordedAtUtc, o.NumberNotRecordedDays),
                _ => (ReminderType.NumberNotGiven, x.NumberRecordedAtUtc, o.NumberNotGivenDays),
            };
            if (since is null) continue;
            var began = LocalDate(since.Value);
            if (Occurrence(began, today, every) is { } at)
                due.Add((type, $"{type}:{x.Id:N}:{at:yyyy-MM-dd}", x.OrganizationId, x.CreatedByUserId, false,
                    Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), null, today.DayNumber - began.DayNumber, OfferPath(x.Id)));
        }

        if (o.StartDateDays > 0)
        {
            var horizon = today.AddDays(o.StartDateDays);
            var starting = await db.Offers.AsNoTracking()
                .Where(x => x.StartDate > today && x.StartDate <= horizon
                    && (x.Status == OfferStatus.Draft || x.Status == OfferStatus.Submitted || x.Status == OfferStatus.FeeRecorded || x.Status == OfferStatus.NumberReceived))
                .Select(x => new { x.Id, x.OrganizationId, x.CreatedByUserId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.StartDate })
                .ToListAsync(ct);
            foreach (var x in starting)
                due.Add((ReminderType.StartDateSoon, $"{ReminderType.StartDateSoon}:{x.Id:N}:{x.StartDate:yyyy-MM-dd}", x.OrganizationId, x.CreatedByUserId, false,
                    Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), x.StartDate, 0, OfferPath(x.Id)));
        }

        // Renewal reminders follow the work permit's expiry, not the offer's end date: 180 and 90 days before.
        var in180 = today.AddDays(180);
        var expiring = await db.Offers.AsNoTracking()
            .Where(x => x.Status == OfferStatus.NumberGiven && x.PermitExpiresOn != null && x.PermitExpiresOn > today && x.PermitExpiresOn <= in180)
            .Select(x => new { x.Id, x.OrganizationId, x.CreatedByUserId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.PermitExpiresOn })
            .ToListAsync(ct);
        foreach (var x in expiring)
        {
            var type = x.PermitExpiresOn!.Value <= today.AddDays(90) ? ReminderType.PermitExpiresIn90Days : ReminderType.PermitExpiresIn180Days;
            due.Add((type, $"{type}:{x.Id:N}:{x.PermitExpiresOn:yyyy-MM-dd}", x.OrganizationId, x.CreatedByUserId, false,
                Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), x.PermitExpiresOn, 0, OfferPath(x.Id)));
        }

        var januaryFirst = new DateOnly(today.Year + 1, 1, 1);
        if (o.WageReviewDays > 0 && today >= januaryFirst.AddDays(-o.WageReviewDays))
        {
            var innovation = await db.Offers.AsNoTracking()
                .Where(x => x.Status == OfferStatus.NumberGiven && x.ProgramCode == InnovationStream && (x.EndDate == null || x.EndDate >= januaryFirst))
                .Select(x => new { x.Id, x.OrganizationId, x.CreatedByUserId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle })
                .ToListAsync(ct);
            foreach (var x in innovation)
                due.Add((ReminderType.WageReviewDue, $"{ReminderType.WageReviewDue}:{x.Id:N}:{januaryFirst:yyyy-MM-dd}", x.OrganizationId, x.CreatedByUserId, false,
                    Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), januaryFirst, 0, OfferPath(x.Id)));
        }

        if (o.RefundWeeks > 0)
        {
            var requestedBy = today.AddDays(-7 * o.RefundWeeks);
            var refunds = await db.Offers.AsNoTracking()
                .Where(x => x.RefundRequestedOn != null && x.RefundReceivedOn == null && x.RefundRequestedOn <= requestedBy)
                .Select(x => new { x.Id, x.OrganizationId, x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle, x.RefundRequestedOn })
                .ToListAsync(ct);
            foreach (var x in refunds)
                if (Occurrence(x.RefundRequestedOn!.Value, today, 7 * o.RefundWeeks) is { } at)
                    due.Add((ReminderType.RefundNotReceived, $"{ReminderType.RefundNotReceived}:{x.Id:N}:{at:yyyy-MM-dd}", x.OrganizationId, null, true,
                        Worker(x.WorkerGivenNames, x.WorkerFamilyName, x.JobTitle), x.RefundRequestedOn, (today.DayNumber - x.RefundRequestedOn.Value.DayNumber) / 7, OfferPath(x.Id)));
        }

        var changes = await db.DesignationApplications.AsNoTracking()
            .Where(a => a.Status == DesignationStatus.ChangesRequested && a.ChangesRequestedAtUtc != null)
            .Select(a => new { a.Id, a.OrganizationId, a.CreatedByUserId, a.Province, a.ChangesRequestedAtUtc })
            .ToListAsync(ct);
        foreach (var a in changes)
        {
            var began = LocalDate(a.ChangesRequestedAtUtc!.Value);
            if (Occurrence(began, today, o.ChangesRequestedDays) is { } at)
                due.Add((ReminderType.DesignationChangesRequested, $"{ReminderType.DesignationChangesRequested}:{a.Id:N}:{at:yyyy-MM-dd}", a.OrganizationId, a.CreatedByUserId, false,
                    Provinces.DisplayNameKey(a.Province), null, today.DayNumber - began.DayNumber, $"/Designations/Edit?id={a.Id}"));
        }

        var soon = today.AddDays(Math.Max(0, o.CommitmentDueSoonDays));
        var commitments = await db.SettlementCommitments.AsNoTracking()
            .Where(c => (c.Status == CommitmentStatus.Planned || c.Status == CommitmentStatus.InProgress) && c.DueOn <= soon)
            .Join(db.EndorsementCases, c => c.CaseId, e => e.Id, (c, e) => new { c.Id, c.OrganizationId, c.OwnerUserId, c.Description, c.DueOn, e.CandidateName })
            .ToListAsync(ct);
        foreach (var c in commitments)
        {
            var thing = $"{c.Description} ({c.CandidateName})";
            var path = $"/Endorsements/Commitment?id={c.Id}";
            if (c.DueOn > today)
                due.Add((ReminderType.CommitmentDueSoon, $"{ReminderType.CommitmentDueSoon}:{c.Id:N}:{c.DueOn:yyyy-MM-dd}", c.OrganizationId, c.OwnerUserId, false, thing, c.DueOn, 0, path));
            else if (c.DueOn == today)
                due.Add((ReminderType.CommitmentDueToday, $"{ReminderType.CommitmentDueToday}:{c.Id:N}:{c.DueOn:yyyy-MM-dd}", c.OrganizationId, c.OwnerUserId, false, thing, c.DueOn, 0, path));
            else
            {
                // Overdue: the day after the due date, then once a week, to the owner and to the organization's owners.
                var at = c.DueOn.AddDays(1 + (today.DayNumber - c.DueOn.DayNumber - 1) / 7 * 7);
                due.Add((ReminderType.CommitmentOverdue, $"{ReminderType.CommitmentOverdue}:{c.Id:N}:{at:yyyy-MM-dd}", c.OrganizationId, c.OwnerUserId, true, thing, c.DueOn, 0, path));
            }
        }

        // Recipients: only active members of the organization; the person concerned, or the owners when that person left.
        var orgIds = due.Select(d => d.Org).Distinct().ToList();
        var members = new List<(Guid Org, Guid User, MemberRole Role)>();
        foreach (var chunk in orgIds.Chunk(500))
            members.AddRange((await db.Memberships.AsNoTracking().Where(m => m.IsActive && chunk.Contains(m.OrganizationId))
                .Select(m => new { m.OrganizationId, m.UserId, m.Role }).ToListAsync(ct)).Select(m => (m.OrganizationId, m.UserId, m.Role)));
        var byOrg = members.ToLookup(m => m.Org);

        return due.Select(d =>
        {
            var active = byOrg[d.Org].ToList();
            var owners = active.Where(m => m.Role == MemberRole.EmployerOwner).Select(m => m.User);
            var recipients = new List<Guid>();
            if (d.Person is { } p && active.Any(m => m.User == p)) recipients.Add(p);
            if (d.AlsoOwners || recipients.Count == 0) recipients.AddRange(owners);
            return new DueReminder(d.Type, d.Key, d.Thing, d.Date, d.Days, d.Path, recipients.Distinct().ToList());
        }).Where(d => d.Recipients.Count > 0).ToList();
    }

    private static string OfferPath(Guid id) => $"/Offers/Details?id={id}";

    private static string Worker(string given, string family, string job) => $"{given} {family}, {job}";

    /// <summary>Ends with the person's id, which the email's List-Unsubscribe link is made from (<see cref="ReminderLinks.UnsubscribeLink"/>).</summary>
    public static string KeyFor(DueReminder reminder, Guid userId) => $"{reminder.Key}:{userId:N}";

    private async Task<(int Emails, int DigestItems)> WriteAsync(IReadOnlyList<DueReminder> due, DateTime nowUtc, CancellationToken ct)
    {
        var wanted = due.SelectMany(d => d.Recipients.Select(u => (Reminder: d, User: u, Key: KeyFor(d, u)))).ToList();
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
                db.OutboxEmails.Add(outbox.Prepare(message, email.GetType().Name, key, nowUtc));
                emailsWritten++;
            }
        }
        return (emailsWritten, digestWritten);
    }

    /// <summary>Reminders still waiting (in the outbox or for a digest) whose condition has been resolved since.</summary>
    private async Task<int> CancelResolvedAsync(IReadOnlyList<DueReminder> due, DateTime nowUtc, CancellationToken ct)
    {
        var current = due.SelectMany(d => d.Recipients.Select(u => KeyFor(d, u))).ToHashSet(StringComparer.Ordinal);
        var types = EmailTypes.Where(t => t != nameof(DesignationReviewQueueEmail)).ToList();
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
