using System.ComponentModel.DataAnnotations;
using Quartz;

namespace Portal.Web.Reminders;

/// <summary>Settings under "Scheduler": when the reminder sweep and the daily digest run, in which time zone.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Run the scheduler in this instance. Off, nothing is swept or dispatched here (another instance may).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IANA time zone of the reminders' calendar: what "today" and the digest hour mean.</summary>
    public string TimeZone { get; set; } = "America/Toronto";

    /// <summary>Quartz cron expression (with seconds) for the reminder sweep. Default: every 15 minutes.</summary>
    public string SweepCron { get; set; } = "0 0/15 * * * ?";

    /// <summary>The hour (0-23, in <see cref="TimeZone"/>) the daily digests go out.</summary>
    [Range(0, 23, ErrorMessage = "Scheduler:DigestHour must be an hour from 0 to 23.")]
    public int DigestHour { get; set; } = 7;

    /// <summary>The zone; UTC only while a wrong name is being reported by validation (which stops start-up).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public string DigestCron => $"0 0 {DigestHour} * * ?";

    /// <summary>What is wrong with the settings, each naming the setting; empty when they are fine.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return $"Scheduler:TimeZone '{TimeZone}' is not a known IANA time zone (for example America/Halifax).";
        if (string.IsNullOrWhiteSpace(SweepCron) || !CronExpression.TryParse(SweepCron, out _))
            yield return $"Scheduler:SweepCron '{SweepCron}' is not a valid Quartz cron expression (for example 0 0/15 * * * ?).";
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
