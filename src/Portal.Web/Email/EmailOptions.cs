using System.ComponentModel.DataAnnotations;
using System.Net;
using MimeKit;

namespace Portal.Web.Email;

public enum EmailDelivery
{
    /// <summary>Each message is written as an .eml file to a folder: the zero-set-up default.</summary>
    Folder,
    Smtp,
}

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS (RFC 3207), usually port 587; a server that does not offer it is refused, never used in clear.</summary>
    StartTls,
    /// <summary>TLS from the first byte (RFC 8314 "implicit TLS"), usually port 465.</summary>
    SslOnConnect,
    /// <summary>No TLS at all: only for a server on the same machine (loopback), and never with credentials.</summary>
    None,
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
    /// <summary>Empty: the usual port of <see cref="SmtpSecurity"/> (587, 465, or 25 for None).</summary>
    [Range(1, 65535)]
    public int? SmtpPort { get; set; }
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTls;
    /// <summary>Replaced by <see cref="SmtpSecurity"/>; still read so that a configuration that sets it stops start-up instead of being ignored.</summary>
    public string? SmtpStartTls { get; set; }
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    [Range(1, 600)]
    public int SmtpTimeoutSeconds { get; set; } = 30;

    /// <summary>How often the outbox is swept for emails still to send.</summary>
    [Range(1, 3600)]
    public int DispatchIntervalSeconds { get; set; } = 15;
    /// <summary>How many emails one dispatcher sends at the same time; also how many SMTP connections it keeps open.</summary>
    [Range(1, 64)]
    public int DispatchParallelism { get; set; } = 8;
    /// <summary>Attempts before an email is marked failed for an administrator to see.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;
    /// <summary>The first retry's delay; each next one doubles (with jitter), up to an hour.</summary>
    [Range(1, 3600)]
    public int RetryBaseSeconds { get; set; } = 30;

    public int Port => SmtpPort ?? SmtpSecurity switch
    {
        SmtpSecurity.SslOnConnect => 465,
        SmtpSecurity.None => 25,
        _ => 587,
    };

    /// <summary>The host is this machine: only then may the connection go without TLS.</summary>
    internal static bool IsLoopback(string? host) =>
        !string.IsNullOrWhiteSpace(host)
        && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) // RFC 6761: always the loopback interface
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private static readonly ParserOptions StrictAddresses = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    /// <summary>
    /// One mailbox, with its domain (RFC 5322 addr-spec, optionally with a display name); not a list or a group. A line
    /// break could smuggle in headers (Bcc: everyone), so it is refused before the parser sees it.
    /// </summary>
    internal static bool IsValidAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address) && address.IndexOfAny(['\r', '\n']) < 0
        && MailboxAddress.TryParse(StrictAddresses, address, out var mailbox)
        && mailbox.Address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < mailbox.Address.Length - 1;
}
