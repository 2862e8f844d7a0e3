using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Localization;
using Portal.Web.Reminders;
using Quartz;

namespace Portal.Web.Pages.Admin;

/// <summary>The scheduled jobs: when each last ran and runs next, and whether it is paused; an administrator pauses, resumes or runs one now.</summary>
public sealed class JobsModel(IServiceProvider services, IOptions<SchedulerOptions> options, ILogger<JobsModel> logger, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Row(JobKey Key, string Description, DateTimeOffset? PreviousFireUtc, DateTimeOffset? NextFireUtc, TriggerState State);

    public bool Running { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public SchedulerOptions Settings => options.Value;

    private async Task<IScheduler?> SchedulerAsync(CancellationToken ct) =>
        services.GetService<ISchedulerFactory>() is { } factory ? await factory.GetScheduler(ct) : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await SchedulerAsync(ct) is not { } scheduler) return;
        Running = true;
        var rows = new List<Row>();
        var triggers = (await scheduler.GetTriggers(PortalJobs.All.Select(PortalJobs.TriggerOf).ToList(), ct)).Where(t => t is not null).ToDictionary(t => t!.JobKey);
        foreach (var job in PortalJobs.All)
        {
            var trigger = triggers.GetValueOrDefault(job);
            var state = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(trigger.Key, ct);
            rows.Add(new Row(job, PortalJobs.Describe(job), trigger?.PreviousFireTimeUtc, trigger?.NextFireTimeUtc, state));
        }
        Rows = rows;
    }

    public Task<IActionResult> OnPostPauseAsync(string job, CancellationToken ct) =>
        ActAsync(job, async (s, key) => await s.PauseJob(key, ct), "Paused: {0}. It does not run until it is resumed.", ct);

    public Task<IActionResult> OnPostResumeAsync(string job, CancellationToken ct) =>
        ActAsync(job, async (s, key) => await s.ResumeJob(key, ct), "Resumed: {0}.", ct);

    public Task<IActionResult> OnPostRunAsync(string job, CancellationToken ct) =>
        ActAsync(job, async (s, key) => await s.TriggerJob(key, new JobDataMap(), ct), "Started now: {0}.", ct);

    private async Task<IActionResult> ActAsync(string job, Func<IScheduler, JobKey, Task> act, string done, CancellationToken ct)
    {
        var key = PortalJobs.All.FirstOrDefault(k => k.Name == job);
        if (key is null || await SchedulerAsync(ct) is not { } scheduler) return NotFound();
        await act(scheduler, key);
        logger.LogInformation("{User} on job {Job}: {Action}", User.Identity?.Name, key.Name, done);
        TempData["Status"] = l[done, l[PortalJobs.Describe(key)]].Value;
        return RedirectToPage();
    }
}
