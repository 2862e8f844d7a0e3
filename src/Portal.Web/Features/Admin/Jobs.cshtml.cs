using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Auditing;
using Portal.Web.Email;
using Portal.Web.Features.Reminders;
using Portal.Web.Localization;

namespace Portal.Web.Features.Admin;

/// <summary>The scheduled jobs: when each last ran and runs next, and whether it is paused; an administrator pauses, resumes or runs one now.</summary>
public sealed class JobsModel(
    IServiceProvider services, SecurityEvents securityEvents, IOptions<SchedulerOptions> options, IOptions<EmailOptions> email,
    ILogger<JobsModel> logger, IStringLocalizer<SharedResource> l) : PageModel
{
    public bool Running { get; private set; }
    public IReadOnlyList<JobStatus> Rows { get; private set; } = [];
    public SchedulerOptions Settings => options.Value;
    public int DispatchIntervalSeconds => email.Value.DispatchIntervalSeconds;

    // Absent when Scheduler:Enabled is false on this instance.
    private ScheduledJobs? Jobs => services.GetService<ScheduledJobs>();

    public void OnGet()
    {
        if (Jobs is not { } jobs) return;
        Running = true;
        Rows = jobs.List();
    }

    public Task<IActionResult> OnPostPauseAsync(string job) =>
        ActAsync(job, AuditAction.JobPaused, (jobs, j) => jobs.Pause(j), name => l["Paused: {0}. It does not run until it is resumed.", name]);

    public Task<IActionResult> OnPostResumeAsync(string job) =>
        ActAsync(job, AuditAction.JobResumed, (jobs, j) => jobs.Resume(j), name => l["Resumed: {0}.", name]);

    public Task<IActionResult> OnPostRunAsync(string job) =>
        ActAsync(job, AuditAction.JobRunNow, (jobs, j) => jobs.RunNow(j), name => l["Started now: {0}.", name]);

    private async Task<IActionResult> ActAsync(string job, AuditAction action, Action<ScheduledJobs, string> act, Func<string, LocalizedString> done)
    {
        if (!PortalJobs.All.Contains(job) || Jobs is not { } jobs) return NotFound();
        act(jobs, job);
        // A security event once it is done (who, when, from where, which job): stopping the reminders, or sending them
        // all at once, is an act an administrator answers for.
        await securityEvents.RecordJobAsync(action, job);
        var message = done(l[PortalJobs.Describe(job)]);
        logger.LogInformation("{User} on job {Job}: {Action}", User.Identity?.Name, job, message.Name);
        TempData["Status"] = message.Value;
        return RedirectToPage();
    }
}
