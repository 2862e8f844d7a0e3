using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Email;

public enum OutboxStatus
{
    Pending = 1,
    Sent = 2,
    Failed = 3,
    /// <summary>A reminder whose condition was resolved before it went out: nobody is told about something already done.</summary>
    Cancelled = 4,
}

/// <summary>
/// One email, written as a row before anything is sent (the outbox). A sender leases the row, sends it and marks it sent;
/// on failure it tries again later with a growing delay, and after the last attempt marks it failed for an administrator.
/// The idempotency key is unique: the same email (say, one reminder for one offer and due date) is queued once.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxErrorLength = 1000;

    private OutboxEmail() { }

    public Guid Id { get; private set; }
    public string IdempotencyKey { get; private set; } = string.Empty;
    public string Type { get; private set; } = string.Empty;
    public string Recipient { get; private set; } = string.Empty;
    public string Culture { get; private set; } = "en";
    public string Subject { get; private set; } = string.Empty;
    /// <summary>
    /// Encrypted (<see cref="Outbox"/> seals and opens it), and emptied once sent: bodies can hold one-time links
    /// (confirmation, password reset, invitation) that should be neither readable nor lingering.
    /// </summary>
    public string HtmlBody { get; private set; } = string.Empty;
    public string TextBody { get; private set; } = string.Empty;
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? LeasedUntilUtc { get; private set; }
    public string? LeaseOwner { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>The row, with the bodies as given: <see cref="Outbox.Prepare"/> seals them first, and is what the portal calls.</summary>
    public static OutboxEmail Queue(EmailMessage message, string type, string idempotencyKey, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        IdempotencyKey = idempotencyKey,
        Type = type,
        Recipient = message.To,
        Culture = message.Culture,
        Subject = message.Subject,
        HtmlBody = message.HtmlBody,
        TextBody = message.TextBody,
        Status = OutboxStatus.Pending,
        NextAttemptAtUtc = nowUtc,
        CreatedAtUtc = nowUtc,
    };

    public EmailMessage ToMessage() => new(Recipient, Subject, HtmlBody, TextBody, Culture, IdempotencyKey) { OutboxId = Id };

    public void LeaseTo(string owner, DateTime untilUtc)
    {
        LeaseOwner = owner;
        LeasedUntilUtc = untilUtc;
    }

    /// <summary>Leased but not tried: free for the next pass at once rather than when the lease runs out.</summary>
    public void ReleaseLease()
    {
        LeaseOwner = null;
        LeasedUntilUtc = null;
    }

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        Status = OutboxStatus.Sent;
        SentAtUtc = nowUtc;
        LastError = null;
        HtmlBody = string.Empty;
        TextBody = string.Empty;
        LeaseOwner = null;
        LeasedUntilUtc = null;
    }

    /// <summary>Records a failed attempt: another one after <paramref name="retryAfter"/>, or failed for good after the last.</summary>
    public void MarkAttemptFailed(string error, DateTime nowUtc, int maxAttempts, TimeSpan retryAfter)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        LeaseOwner = null;
        LeasedUntilUtc = null;
        if (Attempts >= maxAttempts) Status = OutboxStatus.Failed;
        else NextAttemptAtUtc = nowUtc + retryAfter;
    }

    /// <summary>Refused before any attempt, such as a recipient address with a line break in it.</summary>
    public void Refuse(string reason)
    {
        Status = OutboxStatus.Failed;
        LastError = reason;
    }

    /// <summary>A pending reminder that is no longer due. False once it is sent, failed, or leased by a sender.</summary>
    public bool Cancel(string reason, DateTime nowUtc)
    {
        if (Status != OutboxStatus.Pending || LeasedUntilUtc > nowUtc) return false;
        Status = OutboxStatus.Cancelled;
        LastError = reason;
        HtmlBody = string.Empty;
        TextBody = string.Empty;
        return true;
    }

    /// <summary>An administrator sends a failed email again: it starts over with its attempts.</summary>
    public bool Retry(DateTime nowUtc)
    {
        if (Status != OutboxStatus.Failed) return false;
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
        return true;
    }

    /// <summary>Exponential backoff with jitter: base × 2^(attempt−1), at most an hour, ±20 %.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan baseDelay, double jitter)
    {
        var seconds = Math.Min(3600, baseDelay.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1)));
        return TimeSpan.FromSeconds(seconds * (0.8 + 0.4 * jitter));
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.ToTable("OutboxEmails");
        b.HasKey(o => o.Id);
        b.Property(o => o.IdempotencyKey).HasMaxLength(200).IsRequired();
        b.Property(o => o.Type).HasMaxLength(100).IsRequired();
        b.Property(o => o.Recipient).HasMaxLength(320).IsRequired();
        b.Property(o => o.Culture).HasMaxLength(10).IsRequired();
        b.Property(o => o.Subject).HasMaxLength(300).IsRequired();
        b.Property(o => o.HtmlBody).IsRequired();
        b.Property(o => o.TextBody).IsRequired();
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(o => o.LeaseOwner).HasMaxLength(200);
        b.Property(o => o.LastError).HasMaxLength(OutboxEmail.MaxErrorLength);
        b.HasIndex(o => o.IdempotencyKey).IsUnique();
        // The dispatcher's question: what is pending and due.
        b.HasIndex(o => new { o.Status, o.NextAttemptAtUtc });
        b.HasIndex(o => o.CreatedAtUtc);
    }
}
