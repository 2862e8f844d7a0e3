using System.Text;
using Microsoft.Extensions.Localization;
using Portal.Web.Email;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Offers;

namespace Portal.Web.Features.Reminders;

/// <summary>What a reminder is about, for its email: the thing, its date, a count of days, where to act.</summary>
/// <param name="Thing">What the reminder is about, already readable: a worker and job, a province, a commitment.</param>
/// <param name="Date">The date that matters (start, end, due, requested), if any.</param>
/// <param name="Days">Days (or weeks, for refunds) since the state began, if it matters.</param>
/// <param name="Link">The page where the thing is done.</param>
/// <param name="PreferencesLink">The signed one-click link to change this reminder's setting.</param>
public sealed record ReminderNotice(string RecipientName, string Thing, DateOnly? Date, int Days, string Link, string PreferencesLink);

/// <summary>
/// A reminder email: a headline (the subject), one paragraph, a button to the page where it is done, and the link
/// to change how this reminder arrives. Each reminder type is one subclass with its own words.
/// </summary>
public abstract class ReminderEmail(ReminderNotice notice) : PortalEmail
{
    protected ReminderNotice Notice => notice;

    protected string When => notice.Date?.ToString("D", System.Globalization.CultureInfo.CurrentCulture) ?? string.Empty;

    public abstract ReminderType Type { get; }
    public abstract string Headline(IStringLocalizer l);
    public abstract string Paragraph(IStringLocalizer l);

    public override string Subject(IStringLocalizer l) => Headline(l);

    public override string Text(IStringLocalizer l) =>
        $"{l["Hello {0},", notice.RecipientName]}\n\n{Paragraph(l)}\n\n{l["Open it in the portal:"]} {notice.Link}\n\n" +
        $"-- \n{l["You get this reminder by email. To get it in your daily digest instead, or not at all:"]} {notice.PreferencesLink}\n";

    public override string Html(IStringLocalizer l) => Layout(l, Headline(l),
        $"<p>{E(l["Hello {0},", notice.RecipientName])}</p><p>{E(Paragraph(l))}</p>{Button(notice.Link, l["Open it in the portal"])}" +
        $"<p style=\"font-size:12px;color:#6c757d\">{E(l["You get this reminder by email. To get it in your daily digest instead, or not at all:"])} " +
        $"<a href=\"{E(notice.PreferencesLink)}\">{E(l["change this setting"])}</a></p>");

    public static ReminderEmail For(ReminderType type, ReminderNotice notice) => type switch
    {
        ReminderType.FeeNotRecorded => new FeeNotRecordedEmail(notice),
        ReminderType.NumberNotRecorded => new NumberNotRecordedEmail(notice),
        ReminderType.NumberNotGiven => new NumberNotGivenEmail(notice),
        ReminderType.StartDateSoon => new StartDateSoonEmail(notice),
        ReminderType.PermitExpiresIn180Days => new PermitExpiresIn180DaysEmail(notice),
        ReminderType.PermitExpiresIn90Days => new PermitExpiresIn90DaysEmail(notice),
        ReminderType.WageReviewDue => new WageReviewDueEmail(notice),
        ReminderType.DesignationChangesRequested => new DesignationChangesRequestedEmail(notice),
        ReminderType.CommitmentDueSoon => new CommitmentDueSoonEmail(notice),
        ReminderType.CommitmentDueToday => new CommitmentDueTodayEmail(notice),
        ReminderType.CommitmentOverdue => new CommitmentOverdueEmail(notice),
        ReminderType.RefundNotReceived => new RefundNotReceivedEmail(notice),
        ReminderType.DesignationReviewQueue => new DesignationReviewQueueEmail(notice),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The reminder type an outbox row's type (the reminder type's name) stands for; null for any other email.</summary>
    public static ReminderType? TypeOf(string emailType) =>
        ReminderSweep.EmailTypes.Contains(emailType) ? Enum.Parse<ReminderType>(emailType) : null;
}

/// <summary>One line of a digest: a reminder's headline and where to act on it.</summary>
public sealed record DigestLine(string Summary, string Link);

/// <summary>The reminders a person chose to get once a day, in one email.</summary>
public sealed class DailyDigestEmail(string recipientName, IReadOnlyList<DigestLine> lines, string preferencesLink) : PortalEmail
{
    public override string Subject(IStringLocalizer l) => l["Your portal digest: {0} reminders", lines.Count];

    public override string Text(IStringLocalizer l)
    {
        var text = new StringBuilder().Append(l["Hello {0},", recipientName]).Append("\n\n").Append(l["Here is what is due:"]).Append("\n\n");
        foreach (var line in lines) text.Append("- ").Append(line.Summary).Append("\n  ").Append(line.Link).Append('\n');
        return text.Append("\n-- \n").Append(l["To change which reminders come in this digest:"]).Append(' ').Append(preferencesLink).Append('\n').ToString();
    }

    public override string Html(IStringLocalizer l)
    {
        var items = string.Concat(lines.Select(line => $"<li><a href=\"{E(line.Link)}\">{E(line.Summary)}</a></li>"));
        return Layout(l, Subject(l),
            $"<p>{E(l["Hello {0},", recipientName])}</p><p>{E(l["Here is what is due:"])}</p><ul>{items}</ul>" +
            $"<p style=\"font-size:12px;color:#6c757d\">{E(l["To change which reminders come in this digest:"])} <a href=\"{E(preferencesLink)}\">{E(l["your reminder settings"])}</a></p>");
    }
}
