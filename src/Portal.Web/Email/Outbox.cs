using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Reminders;
using Portal.Web.Identity;

namespace Portal.Web.Email;

/// <summary>
/// Writes every email to the outbox first, then sends it. The page that queues an email tries it at once (the row
/// is leased to this instance while it does); whatever did not go out is retried by the dispatch job (<see cref="Reminders.OutboxDispatchJob"/>),
/// which leases due rows a batch at a time with a conditional update, so two portal instances never send the same row
/// at the same time. A row leased by an instance that stopped mid-send becomes due again when its lease runs out:
/// it is sent at most once more.
/// Bodies are encrypted at rest: until a row is sent they hold live one-time links (password reset, email confirmation,
/// invitation), and whoever reads the table or a backup of it should not be able to use them. They are sealed with
/// ASP.NET Core data protection, whose key ring is in the database, so whichever instance sends the row can open them.
/// </summary>
public sealed class Outbox(
    IServiceScopeFactory scopes, EmailSender sender, ReminderLinks links, IDataProtectionProvider protection,
    IOptions<EmailOptions> options, TimeProvider clock, ILogger<Outbox> logger)
{
    /// <summary>This process, as the owner of the rows it leases.</summary>
    public static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Marks a body sealed with data protection. A body without it was written in clear before bodies were encrypted
    /// (rows queued by an earlier version and not sent yet) and is sent as it is.
    /// </summary>
    private const string SealedPrefix = "dp1:";

    private readonly IDataProtector _bodies = protection.CreateProtector("Portal.Email.OutboxBody.v1");

    /// <summary>
    /// Queues the email and tries it once now. True if it was delivered, now or before (already queued under that key
    /// and sent); false if it waits in the outbox, which keeps trying, or was refused.
    /// </summary>
    public async Task<bool> QueueAndSendAsync(EmailMessage message, string type, string? idempotencyKey, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("outbox");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var row = Prepare(message, type, idempotencyKey ?? $"{type}:{Guid.CreateVersion7():N}", now);
        if (row.Status == OutboxStatus.Failed)
        {
            db.OutboxEmails.Add(row);
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Email '{Type}' refused: invalid recipient", type);
            return false;
        }
        // Already queued under that key: once is enough (checked first, so the usual case logs no failed insert).
        if (idempotencyKey is not null && await StatusOfAsync(db, idempotencyKey, ct) is { } existing) return existing == OutboxStatus.Sent;
        row.LeaseTo(Instance, now + Lease);
        db.OutboxEmails.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Another request queued the same key between the check and the insert; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (await StatusOfAsync(db, idempotencyKey, ct) is { } raced) return raced == OutboxStatus.Sent;
            throw;
        }
        return await DeliverAsync(db, row, ct);
    }

    private static Task<OutboxStatus?> StatusOfAsync(PortalDbContext db, string idempotencyKey, CancellationToken ct) =>
        db.OutboxEmails.Where(o => o.IdempotencyKey == idempotencyKey).Select(o => (OutboxStatus?)o.Status).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The row for one email, its bodies sealed, to add to the caller's context (and transaction). A recipient with a
    /// line break or a malformed address could inject headers: it is refused, and kept as failed with the reason.
    /// </summary>
    public OutboxEmail Prepare(EmailMessage message, string type, string idempotencyKey, DateTime nowUtc)
    {
        var row = OutboxEmail.Queue(message with { HtmlBody = Seal(message.HtmlBody), TextBody = Seal(message.TextBody) }, type, idempotencyKey, nowUtc);
        if (!EmailOptions.IsValidAddress(message.To)) row.Refuse("The recipient address is not a valid email address.");
        return row;
    }

    /// <summary>
    /// Sends what is due, oldest first, up to <paramref name="batch"/> rows: leased together by one conditional update, sent
    /// several at a time (Email:DispatchParallelism) over the SMTP connections kept open (<see cref="SmtpConnections"/>),
    /// then marked sent or failed together in one save. Returns how many went out.
    /// </summary>
    public async Task<int> DispatchDueAsync(int batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("outbox");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = await LeaseDueAsync(db, batch, ct);
        if (rows.Count == 0) return 0;

        var sent = 0;
        var started = new bool[rows.Count];
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, rows.Count),
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.DispatchParallelism, CancellationToken = ct }, async (i, token) =>
                {
                    var row = rows[i];
                    // A row is sent only early in its lease, so that its send ends well before another instance may lease it
                    // again; one left behind by a slow batch (a mail server that answers slowly) is released for the next pass.
                    if (clock.GetUtcNow().UtcDateTime > row.LeasedUntilUtc - Lease + SendWindow) return;
                    started[i] = true;
                    if (await TrySendAsync(row, token)) Interlocked.Increment(ref sent);
                });
        }
        finally
        {
            // What went out is recorded even when the pass is stopped half-way (the portal shutting down); rows not tried
            // are free again at once. A row cut off in mid-send keeps its lease: whether it went out is unknown.
            for (var i = 0; i < rows.Count; i++)
                if (!started[i]) rows[i].ReleaseLease();
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }

    /// <summary>How long after its lease begins a row may still be sent: its send then ends well within the lease.</summary>
    internal static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Leases up to <paramref name="batch"/> due rows to this pass with one conditional update: a row another instance
    /// leased in between no longer matches, so no row is leased twice. The update marks the rows with an owner of its own,
    /// by which they are then read (tracked, to be marked sent or failed).
    /// </summary>
    private async Task<List<OutboxEmail>> LeaseDueAsync(PortalDbContext db, int batch, CancellationToken ct)
    {
        // Two instances looking at once see the same oldest rows and only one leases them: the other looks again.
        for (var look = 0; look < 5; look++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var due = await db.OutboxEmails.AsNoTracking()
                .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAtUtc <= now && (o.LeasedUntilUtc == null || o.LeasedUntilUtc < now))
                .OrderBy(o => o.NextAttemptAtUtc).Select(o => o.Id).Take(batch).ToListAsync(ct);
            if (due.Count == 0) return [];
            var owner = $"{Instance}/{Guid.NewGuid():N}";
            var leaseUntil = now + Lease;
            var leased = await db.OutboxEmails
                .Where(o => due.Contains(o.Id) && o.Status == OutboxStatus.Pending && o.NextAttemptAtUtc <= now
                    && (o.LeasedUntilUtc == null || o.LeasedUntilUtc < now))
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.LeasedUntilUtc, leaseUntil).SetProperty(o => o.LeaseOwner, owner), ct);
            if (leased > 0) return await db.OutboxEmails.Where(o => due.Contains(o.Id) && o.LeaseOwner == owner).ToListAsync(ct);
        }
        return [];
    }

    private async Task<bool> DeliverAsync(PortalDbContext db, OutboxEmail row, CancellationToken ct)
    {
        var sent = await TrySendAsync(row, ct);
        await db.SaveChangesAsync(CancellationToken.None);
        return sent;
    }

    /// <summary>One attempt at a leased row: marks it sent, or records the failed attempt. Touches no database.</summary>
    private async Task<bool> TrySendAsync(OutboxEmail row, CancellationToken ct)
    {
        var o = options.Value;
        try
        {
            var stored = row.ToMessage();
            var message = stored with
            {
                HtmlBody = Open(stored.HtmlBody),
                TextBody = Open(stored.TextBody),
                Unsubscribe = links.UnsubscribeLink(row.Type, row.IdempotencyKey),
            };
            await sender.SendAsync(message, ct);
            row.MarkSent(clock.GetUtcNow().UtcDateTime);
            return true;
        }
        // A body that no key in the ring opens (the keys were lost with a restore that left them out): a failed attempt,
        // which may succeed once the keys are back, and the administrator sees why.
        catch (Exception e) when (e is EmailDeliveryException or ArgumentException or CryptographicException)
        {
            var delay = OutboxEmail.Backoff(row.Attempts + 1, TimeSpan.FromSeconds(o.RetryBaseSeconds), Random.Shared.NextDouble());
            row.MarkAttemptFailed(e.Message, clock.GetUtcNow().UtcDateTime, o.MaxAttempts, delay);
            logger.LogError(e, "Email '{Type}' to {To}: attempt {Attempt} failed{Next}", row.Type, row.Recipient, row.Attempts,
                row.Status == OutboxStatus.Failed ? "; no more attempts" : $"; next in {delay.TotalSeconds:0} s");
            return false;
        }
    }

    private string Seal(string body) => body.Length == 0 ? body : SealedPrefix + _bodies.Protect(body);

    private string Open(string stored) =>
        stored.StartsWith(SealedPrefix, StringComparison.Ordinal) ? _bodies.Unprotect(stored[SealedPrefix.Length..]) : stored;
}
