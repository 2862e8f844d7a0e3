using System.Text;
using Microsoft.Extensions.Localization;
using Portal.Web.Email;

namespace Portal.Web.Reminders;

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

    private static readonly Lazy<Dictionary<string, ReminderType>> ByEmailType = new(() =>
        Enum.GetValues<ReminderType>().ToDictionary(t => For(t, new ReminderNotice("", "", null, 0, "", "")).GetType().Name));

    /// <summary>The reminder type an outbox row's email type (its class name) stands for; null for any other email.</summary>
    public static ReminderType? TypeOf(string emailType) => ByEmailType.Value.TryGetValue(emailType, out var type) ? type : null;
}

public sealed class FeeNotRecordedEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.FeeNotRecorded;
    public override string Headline(IStringLocalizer l) => l["Record the employer compliance fee for {0}", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) =>
        l["The offer for {0} was submitted {1} days ago and its employer compliance fee is not recorded yet. The offer of employment number comes only after the fee is paid.", Notice.Thing, Notice.Days];
}

public sealed class NumberNotRecordedEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.NumberNotRecorded;
    public override string Headline(IStringLocalizer l) => l["Record the offer of employment number for {0}", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) =>
        l["The compliance fee for {0} was recorded {1} days ago, but the offer of employment number is not in the portal yet. Record it as soon as the Employer Portal gives it.", Notice.Thing, Notice.Days];
}

public sealed class NumberNotGivenEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.NumberNotGiven;
    public override string Headline(IStringLocalizer l) => l["Give the offer of employment number to {0}", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) =>
        l["The offer of employment number for {0} was recorded {1} days ago and has not been given to the worker yet. The worker needs it to apply for the work permit.", Notice.Thing, Notice.Days];
}

public sealed class StartDateSoonEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.StartDateSoon;
    public override string Headline(IStringLocalizer l) => l["{0} starts on {1} and steps are still open", Notice.Thing, When];
    public override string Paragraph(IStringLocalizer l) =>
        l["The offer for {0} starts on {1} and the worker does not have the offer of employment number yet. Finish the remaining steps before the start date.", Notice.Thing, When];
}

/// <summary>A work permit is renewed from inside Canada before it expires; IRCC advises applying well ahead, so the first reminder comes six months before.</summary>
public sealed class PermitExpiresIn180DaysEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.PermitExpiresIn180Days;
    public override string Headline(IStringLocalizer l) => l["The work permit of {0} expires in six months", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) =>
        l["The work permit of {0} expires on {1}. If the employment is to continue, a new offer and an application to extend the permit are needed before then: start now.", Notice.Thing, When];
}

public sealed class PermitExpiresIn90DaysEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.PermitExpiresIn90Days;
    public override string Headline(IStringLocalizer l) => l["The work permit of {0} expires in 90 days", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) =>
        l["The work permit of {0} expires on {1}. If the employment is to continue, the application to extend it must reach IRCC before that day.", Notice.Thing, When];
}

public sealed class WageReviewDueEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.WageReviewDue;
    public override string Headline(IStringLocalizer l) => l["Review the wage for {0} by {1}", Notice.Thing, When];
    public override string Paragraph(IStringLocalizer l) =>
        l["Innovation Stream offers pay at least the provincial median wage and the prevailing wage, reviewed every year by January 1. Review the wage for {0} by {1}.", Notice.Thing, When];
}

public sealed class DesignationChangesRequestedEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.DesignationChangesRequested;
    public override string Headline(IStringLocalizer l) => l["Your designation application for {0} is waiting for your changes", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) =>
        l["An administrator asked for changes to your designation application for {0} {1} days ago. Make the changes and submit it again.", Notice.Thing, Notice.Days];
}

public sealed class CommitmentDueSoonEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.CommitmentDueSoon;
    public override string Headline(IStringLocalizer l) => l["Settlement commitment due on {1}: {0}", Notice.Thing, When];
    public override string Paragraph(IStringLocalizer l) => l["The settlement commitment \"{0}\" is due on {1}.", Notice.Thing, When];
}

public sealed class CommitmentDueTodayEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.CommitmentDueToday;
    public override string Headline(IStringLocalizer l) => l["Settlement commitment due today: {0}", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) => l["The settlement commitment \"{0}\" is due today, {1}.", Notice.Thing, When];
}

public sealed class CommitmentOverdueEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.CommitmentOverdue;
    public override string Headline(IStringLocalizer l) => l["Settlement commitment overdue: {0}", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) => l["The settlement commitment \"{0}\" was due on {1} and is not done yet.", Notice.Thing, When];
}

public sealed class RefundNotReceivedEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.RefundNotReceived;
    public override string Headline(IStringLocalizer l) => l["The fee refund for {0} has not arrived", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) =>
        l["A refund of the employer compliance fee for {0} was requested on {1} and is still not recorded as received after {2} weeks.", Notice.Thing, When, Notice.Days];
}

public sealed class DesignationReviewQueueEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.DesignationReviewQueue;
    public override string Headline(IStringLocalizer l) => l["Designation applications waiting for review: {0}", Notice.Days];
    public override string Paragraph(IStringLocalizer l) =>
        l["{0} designation applications are waiting for review. The oldest was submitted on {1}.", Notice.Days, When];
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
