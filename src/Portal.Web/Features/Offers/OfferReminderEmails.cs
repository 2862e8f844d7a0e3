using Microsoft.Extensions.Localization;
using Portal.Web.Features.Reminders;

namespace Portal.Web.Features.Offers;

// The offer's reminder emails, one class each (their rules are in OfferReminders). The layout is ReminderEmail's.
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

public sealed class RefundNotReceivedEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.RefundNotReceived;
    public override string Headline(IStringLocalizer l) => l["The fee refund for {0} has not arrived", Notice.Thing];
    public override string Paragraph(IStringLocalizer l) =>
        l["A refund of the employer compliance fee for {0} was requested on {1} and is still not recorded as received after {2} weeks.", Notice.Thing, When, Notice.Days];
}
