using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace Portal.Web.Features.Reminders;

public enum JobState
{
    Scheduled,
    Running,
    Paused,
    Failed,
    NotScheduled,
}

/// <summary>One job as the jobs page shows it. Times are UTC.</summary>
public sealed record JobStatus(string Job, JobState State, DateTime? LastRunUtc, DateTime? NextRunUtc);

/// <summary>
/// The portal's jobs as administrators manage them on /Admin/Jobs: when each last ran and runs next, pause, resume,
/// run now. Hangfire 1.8 cannot pause a recurring job, so a paused one stays in Hangfire's schedule with the cron that
/// never fires (Cron.Never): it keeps its history, Hangfire's dashboard shows it with no next run, and it can still be
/// run by hand. The pause itself is a set in Hangfire's storage, so a restart, or another instance on the same
/// storage, registers the job paused again instead of with its configured cron; the dispatcher reads the same set
/// before each pass.
/// </summary>
public sealed class ScheduledJobs(JobStorage storage, IRecurringJobManager recurring, OutboxDispatchJob dispatcher, IOptions<SchedulerOptions> options)
{
    private const string PausedSet = "portal:paused-jobs";
    // Registering, pausing and resuming read the set and then write the schedule: one at a time across instances, so a
    // portal starting up cannot put back the cron of a job paused at that moment.
    private const string ScheduleLock = "portal:schedule";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>At start-up: each recurring job with its configured cron, or paused if an administrator paused it.</summary>
    public void ScheduleAll()
    {
        using var connection = storage.GetConnection();
        using var _ = connection.AcquireDistributedLock(ScheduleLock, LockTimeout);
        var paused = connection.GetAllItemsFromSet(PausedSet);
        foreach (var job in PortalJobs.Recurring) Register(job, paused.Contains(job));
    }

    public void Pause(string job) => SetPaused(job, true);

    public void Resume(string job) => SetPaused(job, false);

    /// <summary>Runs the job once now, paused or not: the sweep and the digest on whichever instance's Hangfire server takes it, the dispatcher here.</summary>
    public void RunNow(string job)
    {
        if (job == PortalJobs.Dispatch) dispatcher.RunNow();
        else recurring.Trigger(job);
    }

    public static bool IsPaused(JobStorage storage, string job)
    {
        using var connection = storage.GetConnection();
        return connection.GetAllItemsFromSet(PausedSet).Contains(job);
    }

    public IReadOnlyList<JobStatus> List()
    {
        using var connection = storage.GetConnection();
        var paused = connection.GetAllItemsFromSet(PausedSet);
        var recurringJobs = connection.GetRecurringJobs(PortalJobs.Recurring).Where(r => !r.Removed).ToDictionary(r => r.Id);
        var rows = new List<JobStatus>
        {
            paused.Contains(PortalJobs.Dispatch)
                ? new JobStatus(PortalJobs.Dispatch, JobState.Paused, dispatcher.LastRunUtc, null)
                : new JobStatus(PortalJobs.Dispatch, dispatcher.Running ? JobState.Running : JobState.Scheduled, dispatcher.LastRunUtc, dispatcher.NextRunUtc),
        };
        foreach (var job in PortalJobs.Recurring)
        {
            if (!recurringJobs.TryGetValue(job, out var r))
            {
                rows.Add(new JobStatus(job, paused.Contains(job) ? JobState.Paused : JobState.NotScheduled, null, null));
                continue;
            }
            var state = paused.Contains(job) ? JobState.Paused
                : r.LastJobState == ProcessingState.StateName ? JobState.Running
                : r.Error is not null || r.LastJobState == FailedState.StateName ? JobState.Failed
                : r.NextExecution is null ? JobState.NotScheduled
                : JobState.Scheduled;
            rows.Add(new JobStatus(job, state, Utc(r.LastExecution), state == JobState.Paused ? null : Utc(r.NextExecution)));
        }
        return rows;
    }

    private void SetPaused(string job, bool paused)
    {
        using var connection = storage.GetConnection();
        using var _ = connection.AcquireDistributedLock(ScheduleLock, LockTimeout);
        using (var transaction = connection.CreateWriteTransaction())
        {
            if (paused) transaction.AddToSet(PausedSet, job);
            else transaction.RemoveFromSet(PausedSet, job);
            transaction.Commit();
        }
        if (PortalJobs.Recurring.Contains(job)) Register(job, paused);
    }

    private void Register(string job, bool paused)
    {
        var settings = options.Value;
        var cron = paused ? Cron.Never() : job == PortalJobs.Sweep ? settings.SweepCron : settings.DigestCron;
        // Relaxed (Hangfire's default, stated here because the guarantee depends on it): occurrences missed while no
        // instance was running give one run when one is back, not one per occurrence and not none.
        var jobOptions = new RecurringJobOptions { TimeZone = settings.Zone, MisfireHandling = MisfireHandlingMode.Relaxed };
        if (job == PortalJobs.Sweep)
            recurring.AddOrUpdate<ReminderSweepJob>(job, j => j.RunAsync(CancellationToken.None), cron, jobOptions);
        else
            recurring.AddOrUpdate<DailyDigestJob>(job, j => j.RunAsync(CancellationToken.None), cron, jobOptions);
    }

    // Hangfire keeps UTC times; the kind is not always carried through its storage.
    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
}
