using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Features.Reminders;

/// <summary>Every reminder the portal sends. Stored as numbers: never renumber.</summary>
public enum ReminderType
{
    FeeNotRecorded = 1,
    NumberNotRecorded = 2,
    NumberNotGiven = 3,
    StartDateSoon = 4,
    /// <summary>The work permit expires in 180 days or less (was: the offer ends in 90 days, before permits were tracked).</summary>
    PermitExpiresIn180Days = 5,
    /// <summary>The work permit expires in 90 days or less (was: the offer ends in 30 days).</summary>
    PermitExpiresIn90Days = 6,
    WageReviewDue = 7,
    DesignationChangesRequested = 8,
    CommitmentDueSoon = 9,
    CommitmentDueToday = 10,
    CommitmentOverdue = 11,
    RefundNotReceived = 12,
    /// <summary>Administrators: the designation applications waiting for review, once a day.</summary>
    DesignationReviewQueue = 13,
}

/// <summary>How a person wants one reminder type: each email at once, gathered in the daily digest, or not at all.</summary>
public enum ReminderDelivery
{
    Email = 1,
    Digest = 2,
    Off = 3,
}

/// <summary>A person's choice for one reminder type. No row means <see cref="ReminderDelivery.Email"/>.</summary>
public sealed class ReminderPreference
{
    private ReminderPreference() { }

    public Guid UserId { get; private set; }
    public ReminderType Type { get; private set; }
    public ReminderDelivery Delivery { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public static ReminderPreference Create(Guid userId, ReminderType type, ReminderDelivery delivery, DateTime nowUtc) =>
        new() { UserId = userId, Type = type, Delivery = delivery, UpdatedAtUtc = nowUtc };

    public void Change(ReminderDelivery delivery, DateTime nowUtc)
    {
        Delivery = delivery;
        UpdatedAtUtc = nowUtc;
    }
}

/// <summary>
/// One reminder waiting for a person's daily digest. The key is the reminder's own idempotency key, unique, so a sweep
/// that runs again adds nothing; the sweep removes an item whose condition was resolved before the digest went out.
/// </summary>
public sealed class DigestItem
{
    public const int SummaryMaxLength = 500;

    private DigestItem() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public ReminderType Type { get; private set; }
    public string IdempotencyKey { get; private set; } = string.Empty;
    /// <summary>The reminder's headline, already in the person's language.</summary>
    public string Summary { get; private set; } = string.Empty;
    public string Link { get; private set; } = string.Empty;
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? DigestedAtUtc { get; private set; }

    public static DigestItem Create(Guid userId, ReminderType type, string key, string summary, string link, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Type = type,
        IdempotencyKey = key,
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary,
        Link = link,
        CreatedAtUtc = nowUtc,
    };

    public void MarkDigested(DateTime nowUtc) => DigestedAtUtc = nowUtc;
}

internal sealed class ReminderPreferenceConfiguration : IEntityTypeConfiguration<ReminderPreference>
{
    public void Configure(EntityTypeBuilder<ReminderPreference> b)
    {
        b.ToTable("ReminderPreferences");
        b.HasKey(p => new { p.UserId, p.Type });
        b.Property(p => p.Type).HasConversion<int>();
        b.Property(p => p.Delivery).HasConversion<int>();
    }
}

internal sealed class DigestItemConfiguration : IEntityTypeConfiguration<DigestItem>
{
    public void Configure(EntityTypeBuilder<DigestItem> b)
    {
        b.ToTable("DigestItems");
        b.HasKey(d => d.Id);
        b.Property(d => d.Type).HasConversion<int>();
        b.Property(d => d.IdempotencyKey).HasMaxLength(200).IsRequired();
        b.HasIndex(d => d.IdempotencyKey).IsUnique();
        b.Property(d => d.Summary).HasMaxLength(DigestItem.SummaryMaxLength).IsRequired();
        b.Property(d => d.Link).HasMaxLength(500).IsRequired();
        b.HasIndex(d => new { d.UserId, d.DigestedAtUtc });
    }
}

/// <summary>What people see of reminder types and deliveries: the English text is the localization key.</summary>
public static class ReminderLabels
{
    /// <summary>The types a person of this kind can receive: members get the organization's, administrators the queue.</summary>
    public static IReadOnlyList<ReminderType> For(bool administrator, bool member) =>
        Enum.GetValues<ReminderType>().Where(t => t == ReminderType.DesignationReviewQueue ? administrator : member).ToList();

    public static string Name(ReminderType type) => type switch
    {
        ReminderType.FeeNotRecorded => "Offer submitted, compliance fee not recorded",
        ReminderType.NumberNotRecorded => "Fee recorded, offer of employment number not recorded",
        ReminderType.NumberNotGiven => "Offer number recorded, not yet given to the worker",
        ReminderType.StartDateSoon => "Start date close with steps still open",
        ReminderType.PermitExpiresIn180Days => "Work permit expires in 180 days",
        ReminderType.PermitExpiresIn90Days => "Work permit expires in 90 days",
        ReminderType.WageReviewDue => "Innovation Stream wage review by January 1",
        ReminderType.DesignationChangesRequested => "Designation application waiting for your changes",
        ReminderType.CommitmentDueSoon => "Settlement commitment due soon",
        ReminderType.CommitmentDueToday => "Settlement commitment due today",
        ReminderType.CommitmentOverdue => "Settlement commitment overdue",
        ReminderType.RefundNotReceived => "Fee refund not received",
        ReminderType.DesignationReviewQueue => "Designation applications waiting for review",
        _ => type.ToString(),
    };

    public static string Name(ReminderDelivery delivery) => delivery switch
    {
        ReminderDelivery.Email => "Email each time",
        ReminderDelivery.Digest => "In my daily digest",
        _ => "Off",
    };
}
