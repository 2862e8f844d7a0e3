using Microsoft.Extensions.Localization;
using Portal.Web.Features.Reminders;

namespace Portal.Web.Features.Atlantic;

// The Atlantic Immigration Program's reminder emails, one class each (their rules are in AtlanticReminders). The layout is ReminderEmail's.
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

public sealed class DesignationReviewQueueEmail(ReminderNotice n) : ReminderEmail(n)
{
    public override ReminderType Type => ReminderType.DesignationReviewQueue;
    public override string Headline(IStringLocalizer l) => l["Designation applications waiting for review: {0}", Notice.Days];
    public override string Paragraph(IStringLocalizer l) =>
        l["{0} designation applications are waiting for review. The oldest was submitted on {1}.", Notice.Days, When];
}
