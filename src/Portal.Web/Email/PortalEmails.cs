using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Email;

/// <summary>
/// One email type. Subclasses write their subject, HTML and text bodies with the localizer, which is
/// set to the recipient's language while they render.
/// </summary>
public abstract class PortalEmail
{
    public abstract string Subject(IStringLocalizer l);
    public abstract string Text(IStringLocalizer l);
    public abstract string Html(IStringLocalizer l);

    protected static string E(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    /// <summary>The frame every HTML email shares: a heading, the body, and a footer.</summary>
    protected static string Layout(IStringLocalizer l, string heading, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="{E(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)}"><head><meta charset="utf-8"><title>{E(heading)}</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;color:#212529;max-width:600px;margin:0 auto;padding:16px">
        <h1 style="font-size:20px">{E(heading)}</h1>
        {body}
        <hr><p style="font-size:12px;color:#6c757d">{E(l["Employer Compliance Portal"])}</p>
        </body></html>
        """;

    protected static string Button(string href, string label) =>
        $"""<p><a href="{E(href)}" style="display:inline-block;background:#0d6efd;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">{E(label)}</a></p><p style="font-size:12px">{E(href)}</p>""";
}

/// <summary>Renders a <see cref="PortalEmail"/> in the recipient's language and puts it in the outbox, which sends it.</summary>
public sealed class PortalEmails(Outbox outbox, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>
    /// Queues the email and tries to deliver it now. False when it could not go out yet: what the person just saved
    /// stays saved, the page can say the email is delayed, and the outbox keeps trying.
    /// </summary>
    /// <param name="idempotencyKey">Set when the same email must never be queued twice (a reminder for one due date).</param>
    public Task<bool> SendAsync(string to, string? culture, PortalEmail email, string? idempotencyKey, CancellationToken ct = default) =>
        outbox.QueueAndSendAsync(Render(to, culture, email), email.GetType().Name, idempotencyKey, ct);

    public Task<bool> SendAsync(string to, string? culture, PortalEmail email, CancellationToken ct = default) =>
        SendAsync(to, culture, email, null, ct);

    public EmailMessage Render(string to, string? culture, PortalEmail email)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        var target = SupportedCultures.Resolve(culture);
        try
        {
            CultureInfo.CurrentUICulture = target;
            CultureInfo.CurrentCulture = target;
            return new EmailMessage(to, email.Subject(localizer), email.Html(localizer), email.Text(localizer), target.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }
}
