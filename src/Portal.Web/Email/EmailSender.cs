using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Email;

/// <summary>An email ready to send: one recipient, a subject, and the same content as HTML and as text.</summary>
/// <param name="Key">The outbox row's idempotency key, sent as the X-Portal-Key header so a receiving end can count duplicates.</param>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody, string Culture, string? Key = null);

/// <summary>The portal's one way out for email: SMTP with System.Net.Mail, or .eml files in the mail folder.</summary>
public sealed class EmailSender(IOptions<EmailOptions> options, IOptions<PortalOptions> portal, IHostEnvironment env, ILogger<EmailSender> logger)
{
    public string MailFolder =>
        Path.Combine(portal.Value.ResolveDataDirectory(env.ContentRootPath), options.Value.Folder);

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var o = options.Value;
        if (!EmailOptions.IsValidAddress(message.To))
            throw new ArgumentException($"'{message.To}' is not a valid recipient address.", nameof(message));

        using var mail = new MailMessage
        {
            From = new MailAddress(o.FromAddress, o.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(new MailAddress(message.To));
        mail.Headers.Add("Content-Language", message.Culture);
        if (message.Key is { } key) mail.Headers.Add("X-Portal-Key", key);
        var text = AlternateView.CreateAlternateViewFromString(message.TextBody, Encoding.UTF8, MediaTypeNames.Text.Plain);
        text.TransferEncoding = TransferEncoding.QuotedPrintable;
        var html = AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.QuotedPrintable;
        mail.AlternateViews.Add(text);
        mail.AlternateViews.Add(html);

        using var client = new SmtpClient();
        if (o.Delivery == EmailDelivery.Folder)
        {
            Directory.CreateDirectory(MailFolder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = MailFolder;
        }
        else
        {
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            client.Host = o.SmtpHost!;
            client.Port = o.SmtpPort;
            client.EnableSsl = o.SmtpStartTls;
            client.Timeout = o.SmtpTimeoutSeconds * 1000;
            if (!string.IsNullOrEmpty(o.SmtpUserName))
                client.Credentials = new NetworkCredential(o.SmtpUserName, o.SmtpPassword);
        }
        await client.SendMailAsync(mail, ct);
        logger.LogInformation("Email '{Subject}' sent to {To} by {Delivery}", message.Subject, message.To, o.Delivery);
    }
}

public static class EmailServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPortalEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Delivery != EmailDelivery.Smtp || !string.IsNullOrWhiteSpace(o.SmtpHost),
                "Email:SmtpHost is required when Email:Delivery is Smtp.")
            .Validate(o => o.Delivery != EmailDelivery.Folder || !string.IsNullOrWhiteSpace(o.Folder),
                "Email:Folder is required when Email:Delivery is Folder.")
            .ValidateOnStart();
        builder.Services.AddSingleton<EmailSender>();
        builder.Services.AddSingleton<Outbox>();
        builder.Services.AddScoped<PortalEmails>();
        return builder;
    }
}
