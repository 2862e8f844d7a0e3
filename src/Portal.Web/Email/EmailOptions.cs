using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace Portal.Web.Email;

public enum EmailDelivery
{
    /// <summary>Each message is written as an .eml file to a folder: the zero-set-up default.</summary>
    Folder,
    Smtp,
}

/// <summary>Settings under "Email". The password comes only from the environment or user-secrets.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Folder;

    /// <summary>Where .eml files go with Folder delivery. Relative to the data folder.</summary>
    public string Folder { get; set; } = "mail";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@portal.localhost";
    public string FromName { get; set; } = "Employer Compliance Portal";

    public string? SmtpHost { get; set; }
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;
    /// <summary>Upgrade the connection with STARTTLS (port 587). Only turn off for a loopback test server.</summary>
    public bool SmtpStartTls { get; set; } = true;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    [Range(1, 600)]
    public int SmtpTimeoutSeconds { get; set; } = 30;

    /// <summary>How often the outbox is swept for emails still to send.</summary>
    [Range(1, 3600)]
    public int DispatchIntervalSeconds { get; set; } = 15;
    /// <summary>How many emails one dispatcher sends at the same time (each over its own SMTP connection).</summary>
    [Range(1, 64)]
    public int DispatchParallelism { get; set; } = 8;
    /// <summary>Attempts before an email is marked failed for an administrator to see.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;
    /// <summary>The first retry's delay; each next one doubles (with jitter), up to an hour.</summary>
    [Range(1, 3600)]
    public int RetryBaseSeconds { get; set; } = 30;

    internal static bool IsValidAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address) && address.IndexOfAny(['\r', '\n']) < 0 && MailAddress.TryCreate(address, out _);
}
