using Hangfire;
using Microsoft.Extensions.Options;
using Portal.Web.Email;

namespace Portal.Web.Features.Reminders;

/// <summary>
/// Sends what the outbox holds every Email:DispatchIntervalSeconds, in each instance that runs the scheduler. A loop of
/// the portal rather than a Hangfire job: Hangfire's recurring jobs fire at most once a minute, and a job scheduling
/// itself again every few seconds would fill Hangfire's storage and dashboard with thousands of runs a day. Nor does the
/// outbox need Hangfire to coordinate instances: each row is leased with a conditional update before it is sent, and its
/// attempts, backoff and failed state are on the row, so dispatchers on several instances share the work safely.
/// </summary>
public sealed class OutboxDispatchJob(Outbox outbox, JobStorage storage, IOptions<EmailOptions> email, ILogger<OutboxDispatchJob> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private volatile bool _runOnce;

    // Wall-clock times, like Hangfire's on the same page: the interval is real time, whatever the portal's clock says.
    public DateTime? LastRunUtc { get; private set; }
    public DateTime? NextRunUtc { get; private set; } = DateTime.UtcNow;
    public bool Running { get; private set; }

    /// <summary>One pass now, even while paused ("Run now" on the jobs page).</summary>
    public void RunNow()
    {
        _runOnce = true;
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); }
            catch (SemaphoreFullException) { } // woken by someone else in between: one pass is what was asked
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(email.Value.DispatchIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_runOnce || !ScheduledJobs.IsPaused(storage, PortalJobs.Dispatch))
                {
                    _runOnce = false;
                    Running = true;
                    LastRunUtc = DateTime.UtcNow;
                    // Batch after batch while there is something to send; rows that failed wait for their next attempt time.
                    while (await outbox.DispatchDueAsync(200, stoppingToken) > 0 && !stoppingToken.IsCancellationRequested) { }
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A failure outside any one row (the database is unreachable): logged, and tried again at the next pass.
                // Ending the loop would stop this instance's emails until a restart.
                logger.LogError(e, "Outbox dispatch failed; next pass in {Interval}", interval);
            }
            finally
            {
                Running = false;
            }
            NextRunUtc = DateTime.UtcNow + interval;
            try
            {
                await _wake.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
