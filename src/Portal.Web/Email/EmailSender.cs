using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;
using Portal.Web.Data;

namespace Portal.Web.Email;

/// <summary>An email ready to send: one recipient, a subject, and the same content as HTML and as text.</summary>
/// <param name="Key">The outbox row's idempotency key, sent as the X-Portal-Key header so a receiving end can count duplicates.</param>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody, string Culture, string? Key = null)
{
    /// <summary>The outbox row it comes from: its Message-Id is made from it, so every attempt of the row carries the same one.</summary>
    public Guid? OutboxId { get; init; }

    /// <summary>The signed link that turns this email off in one click (List-Unsubscribe, RFC 2369 and RFC 8058), if it has one.</summary>
    public string? Unsubscribe { get; init; }
}

/// <summary>The portal's one way out for email: SMTP with MailKit over kept connections, or .eml files in the mail folder.</summary>
public sealed class EmailSender(
    IOptions<EmailOptions> options, IOptions<PortalOptions> portal, IHostEnvironment env, SmtpConnections smtp,
    TimeProvider clock, ILogger<EmailSender> logger)
{
    public string MailFolder =>
        Path.Combine(portal.Value.ResolveDataDirectory(env.ContentRootPath), options.Value.Folder);

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var o = options.Value;
        if (!EmailOptions.IsValidAddress(message.To))
            throw new ArgumentException($"'{message.To}' is not a valid recipient address.", nameof(message));

        using var mime = Build(message, o);
        if (o.Delivery == EmailDelivery.Folder) await WriteToFolderAsync(mime, message, ct);
        else await smtp.SendAsync(mime, ct);
        logger.LogInformation("Email '{Subject}' sent to {To} by {Delivery}", message.Subject, message.To, o.Delivery);
    }

    /// <summary>The message as it goes out: text and HTML alternatives in UTF-8, and the headers that identify it.</summary>
    public static MimeMessage Build(EmailMessage message, EmailOptions o)
    {
        var from = new MailboxAddress(o.FromName, o.FromAddress);
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.To));
        // One Message-Id per outbox row (RFC 5322 section 3.6.4): a retry after a lost reply is recognisably the same
        // message, so the receiving end can tell a duplicate from a second email.
        if (message.OutboxId is { } id) mime.MessageId = $"{id:N}@{from.Domain}";
        if (message.Key is { } key) mime.Headers.Add(Unfolded("X-Portal-Key", key));
        if (message.Unsubscribe is { } unsubscribe)
        {
            mime.Headers.Add(Unfolded("List-Unsubscribe", $"<{unsubscribe}>"));
            // RFC 8058: the one-click POST is only offered over HTTPS.
            if (unsubscribe.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                mime.Headers.Add(HeaderId.ListUnsubscribePost, "List-Unsubscribe=One-Click");
        }
        mime.Body = new MultipartAlternative { Part(TextFormat.Plain, message.TextBody), Part(TextFormat.Html, message.HtmlBody) };
        // A Content-* header belongs to the body (RFC 3282); the body's headers are the top of the message.
        mime.Body.Headers.Add(HeaderId.ContentLanguage, message.Culture);
        return mime;
    }

    private static TextPart Part(TextFormat format, string text)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, text);
        return part;
    }

    /// <summary>
    /// An ASCII header written as given, on one line (RFC 5322 allows 998 characters): left to MimeKit, a value with a
    /// word longer than a line (a signed link, an outbox key) is turned into RFC 2047 encoded words, which a client
    /// reading the raw header, or counting keys, does not decode.
    /// </summary>
    private static Header Unfolded(string field, string value)
    {
        var header = new Header(field, value);
        header.SetRawValue(Encoding.ASCII.GetBytes(" " + value + "\r\n"));
        return header;
    }

    private static readonly FormatOptions EmlFormat = CrLf();

    /// <summary>CRLF line ends, as RFC 5322 writes them, whatever the server's platform.</summary>
    private static FormatOptions CrLf()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    /// <summary>
    /// One .eml file per message, named by time and outbox row. Written under tmp/ and then moved in (as a maildir
    /// does), so whoever reads the folder never sees half a message.
    /// </summary>
    private async Task WriteToFolderAsync(MimeMessage mime, EmailMessage message, CancellationToken ct)
    {
        var name = $"{clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{message.OutboxId ?? Guid.CreateVersion7():N}.eml";
        var partial = Path.Combine(MailFolder, "tmp", name);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
            await mime.WriteToAsync(EmlFormat, partial, ct);
            File.Move(partial, Path.Combine(MailFolder, name), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmailDeliveryException($"Could not write the email to the mail folder {MailFolder}: {e.Message}", e);
        }
    }
}

public static class EmailServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPortalEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => EmailOptions.IsValidAddress(o.FromAddress), "Email:FromAddress must be one email address.")
            .Validate(o => o.Delivery != EmailDelivery.Smtp || !string.IsNullOrWhiteSpace(o.SmtpHost),
                "Email:SmtpHost is required when Email:Delivery is Smtp.")
            .Validate(o => o.Delivery != EmailDelivery.Smtp || o.SmtpSecurity != SmtpSecurity.None || EmailOptions.IsLoopback(o.SmtpHost),
                "Email:SmtpSecurity is None (no TLS), which is allowed only when Email:SmtpHost is a loopback address (127.0.0.1, ::1 or localhost). Use StartTls or SslOnConnect.")
            .Validate(o => o.SmtpSecurity != SmtpSecurity.None || string.IsNullOrEmpty(o.SmtpUserName),
                "Email:SmtpUserName is set while Email:SmtpSecurity is None: credentials are only sent over TLS. Use StartTls or SslOnConnect.")
            .Validate(o => o.SmtpStartTls is null,
                "Email:SmtpStartTls is no longer read: set Email:SmtpSecurity to StartTls, SslOnConnect or None instead.")
            .Validate(o => o.Delivery != EmailDelivery.Folder || !string.IsNullOrWhiteSpace(o.Folder),
                "Email:Folder is required when Email:Delivery is Folder.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SmtpConnections>();
        builder.Services.AddSingleton<EmailSender>();
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddScoped<PortalEmails>();
        return builder;
    }
}
