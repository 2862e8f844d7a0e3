using System.ComponentModel.DataAnnotations;
using Cronos;

namespace Portal.Web.Features.Reminders;

/// <summary>Settings under "Scheduler": when the reminder sweep and the daily digest run, in which time zone.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Run the scheduler in this instance. Off, nothing is swept or dispatched here (another instance may).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IANA time zone of the reminders' calendar: what "today" and the digest hour mean.</summary>
    public string TimeZone { get; set; } = "America/Toronto";

    /// <summary>Cron expression for the reminder sweep, as Hangfire reads it. Default: every 15 minutes.</summary>
    public string SweepCron { get; set; } = "*/15 * * * *";

    /// <summary>The hour (0-23, in <see cref="TimeZone"/>) the daily digests go out.</summary>
    [Range(0, 23, ErrorMessage = "Scheduler:DigestHour must be an hour from 0 to 23.")]
    public int DigestHour { get; set; } = 7;

    /// <summary>
    /// How often Hangfire looks for recurring jobs that are due and for jobs waiting in its queue: a sweep starts at
    /// most this late, and so does "Run now".
    /// </summary>
    [Range(1, 300, ErrorMessage = "Scheduler:PollIntervalSeconds must be from 1 to 300.")]
    public int PollIntervalSeconds { get; set; } = 15;

    /// <summary>The zone; UTC only while a wrong name is being reported by validation (which stops start-up).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public string DigestCron => $"0 {DigestHour} * * *";

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);

    /// <summary>What is wrong with the settings, each naming the setting; empty when they are fine.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return $"Scheduler:TimeZone '{TimeZone}' is not a known IANA time zone (for example America/Halifax).";
        if (!IsHangfireCron(SweepCron))
            yield return $"Scheduler:SweepCron '{SweepCron}' is not a valid cron expression: five fields (minute hour day month weekday, " +
                "for example */15 * * * *) or six with the seconds first.";
    }

    /// <summary>
    /// Parses as Hangfire does (its RecurringJobEntity): five fields, or six with seconds first, read by Cronos. Hangfire
    /// carries Cronos inside its own assembly without making it public, so the portal references the Cronos package to
    /// reject a bad expression at start-up, naming the setting, rather than when the job is registered.
    /// </summary>
    public static bool IsHangfireCron(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression)) return false;
        var fields = expression.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6)) return false;
        return CronExpression.TryParse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard, out _);
    }
}

/// <summary>Settings under "Reminders": after how long each reminder is due. Each is on unless set to 0.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Submitted, fee not recorded: first reminder after this many days, then again every as many days.</summary>
    [Range(0, 365)] public int FeeNotRecordedDays { get; set; } = 3;
    /// <summary>Fee recorded, no offer number yet; repeats likewise.</summary>
    [Range(0, 365)] public int NumberNotRecordedDays { get; set; } = 3;
    /// <summary>Offer number recorded, not yet given to the worker; repeats likewise.</summary>
    [Range(0, 365)] public int NumberNotGivenDays { get; set; } = 3;
    /// <summary>Start date this many days away with steps still open.</summary>
    [Range(0, 365)] public int StartDateDays { get; set; } = 14;
    /// <summary>Innovation Stream wage review: this many days before January 1.</summary>
    [Range(0, 365)] public int WageReviewDays { get; set; } = 30;
    /// <summary>Designation application waiting for the employer's changes; repeats likewise.</summary>
    [Range(0, 365)] public int ChangesRequestedDays { get; set; } = 3;
    /// <summary>Settlement commitment due in this many days.</summary>
    [Range(0, 365)] public int CommitmentDueSoonDays { get; set; } = 7;
    /// <summary>Refund requested and not received after this many weeks.</summary>
    [Range(0, 104)] public int RefundWeeks { get; set; } = 8;
}
