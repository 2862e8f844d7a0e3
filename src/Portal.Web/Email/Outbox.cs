using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Reminders;

namespace Portal.Web.Email;

/// <summary>
/// Writes every email to the outbox first, then sends it. The page that queues an email tries it at once (the row
/// is leased to this instance while it does); whatever did not go out is retried by the dispatch job (<see cref="Reminders.OutboxDispatchJob"/>),
/// which leases due rows one by one with a conditional update, so two portal instances never send the same row
/// at the same time. A row leased by an instance that stopped mid-send becomes due again when its lease runs out:
/// it is sent at most once more.
/// </summary>
public sealed class Outbox(
    IServiceScopeFactory scopes, EmailSender sender, ReminderLinks links, IOptions<EmailOptions> options, TimeProvider clock, ILogger<Outbox> logger)
{
    /// <summary>This process, as the owner of the rows it leases.</summary>
    public static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

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
    /// The row for one email, to add to the caller's context (and transaction). A recipient with a line break or a
    /// malformed address could inject headers: it is refused, and kept as failed with the reason.
    /// </summary>
    public static OutboxEmail Prepare(EmailMessage message, string type, string idempotencyKey, DateTime nowUtc)
    {
        var row = OutboxEmail.Queue(message, type, idempotencyKey, nowUtc);
        if (!EmailOptions.IsValidAddress(message.To)) row.Refuse("The recipient address is not a valid email address.");
        return row;
    }

    /// <summary>
    /// Sends what is due, oldest first, up to <paramref name="batch"/> rows, several at a time (Email:DispatchParallelism),
    /// each in its own scope and over one of the SMTP connections kept open (<see cref="SmtpConnections"/>); returns how
    /// many went out.
    /// </summary>
    public async Task<int> DispatchDueAsync(int batch, CancellationToken ct)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxEmails.AsNoTracking()
                .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAtUtc <= now && (o.LeasedUntilUtc == null || o.LeasedUntilUtc < now))
                .OrderBy(o => o.NextAttemptAtUtc).Select(o => o.Id).Take(batch).ToListAsync(ct);
        }
        var sent = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.DispatchParallelism, CancellationToken = ct }, async (id, token) =>
        {
            if (await ClaimAndDeliverAsync(id, token)) Interlocked.Increment(ref sent);
        });
        return sent;
    }

    private async Task<bool> ClaimAndDeliverAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("outbox");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + Lease;
        // The lease: only one instance's update finds the row still free.
        var claimed = await db.OutboxEmails
            .Where(o => o.Id == id && o.Status == OutboxStatus.Pending && (o.LeasedUntilUtc == null || o.LeasedUntilUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.LeasedUntilUtc, leaseUntil).SetProperty(o => o.LeaseOwner, Instance), ct);
        if (claimed == 0) return false;
        var row = await db.OutboxEmails.FirstAsync(o => o.Id == id, ct);
        return await DeliverAsync(db, row, ct);
    }

    private async Task<bool> DeliverAsync(PortalDbContext db, OutboxEmail row, CancellationToken ct)
    {
        var o = options.Value;
        try
        {
            await sender.SendAsync(row.ToMessage() with { Unsubscribe = links.UnsubscribeLink(row.Type, row.IdempotencyKey) }, ct);
            row.MarkSent(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is EmailDeliveryException or ArgumentException)
        {
            var delay = OutboxEmail.Backoff(row.Attempts + 1, TimeSpan.FromSeconds(o.RetryBaseSeconds), Random.Shared.NextDouble());
            row.MarkAttemptFailed(e.Message, clock.GetUtcNow().UtcDateTime, o.MaxAttempts, delay);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogError(e, "Email '{Type}' to {To}: attempt {Attempt} failed{Next}", row.Type, row.Recipient, row.Attempts,
                row.Status == OutboxStatus.Failed ? "; no more attempts" : $"; next in {delay.TotalSeconds:0} s");
            return false;
        }
    }
}
