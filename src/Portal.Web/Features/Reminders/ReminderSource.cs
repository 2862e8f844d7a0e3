using Portal.Web.Data;

namespace Portal.Web.Features.Reminders;

/// <summary>
/// A reminder a feature finds due, before the sweep adds who receives it: the person concerned (or the organization's
/// owners, when that person left), and the owners as well when <paramref name="AlsoOwners"/>.
/// </summary>
/// <param name="Key">Type, subject and occurrence (a due date, or the day a repeating reminder came round): one email per key and person.</param>
public sealed record FoundReminder(
    ReminderType Type, string Key, Guid Organization, Guid? Person, bool AlsoOwners, string Thing, DateOnly? Date, int Days, string Path);

/// <summary>The day a sweep looks at: today in the reminders' time zone, now in UTC, the settings, and a UTC time's local date.</summary>
public sealed record ReminderDay(DateOnly Today, DateTime NowUtc, ReminderOptions Options, Func<DateTime, DateOnly> LocalDate);

/// <summary>
/// One feature's reminders. Its queries find the candidates; for each, a pure rule beside them, <c>Due(row, today,
/// options)</c>, says which reminder is due, if any (unit-tested without a database). <see cref="ReminderSweep"/> asks
/// every source, adds the recipients and writes the emails.
/// </summary>
public interface IReminderSource
{
    Task<IReadOnlyList<FoundReminder>> FindAsync(PortalDbContext db, ReminderDay day, CancellationToken ct);
}

public static class Recurrence
{
    /// <summary>
    /// A repeating reminder: first <paramref name="every"/> days after the day its state began, then every as many days;
    /// the latest occurrence, so that a sweep after days of downtime writes one reminder, not one per missed occurrence.
    /// Null before the first, or when the reminder is off (0 days).
    /// </summary>
    public static DateOnly? Occurrence(DateOnly since, DateOnly today, int every)
    {
        if (every <= 0) return null;
        var elapsed = today.DayNumber - since.DayNumber;
        return elapsed < every ? null : since.AddDays(elapsed / every * every);
    }
}
