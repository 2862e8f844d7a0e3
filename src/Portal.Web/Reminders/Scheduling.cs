using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Identity;
using Quartz;

namespace Portal.Web.Reminders;

/// <summary>The portal's scheduled jobs, by key.</summary>
public static class PortalJobs
{
    public static readonly JobKey Dispatch = new("outbox-dispatch", "portal");
    public static readonly JobKey Sweep = new("reminder-sweep", "portal");
    public static readonly JobKey Digest = new("daily-digest", "portal");

    public static readonly IReadOnlyList<JobKey> All = [Dispatch, Sweep, Digest];

    /// <summary>Each job has one trigger, under the job's own name.</summary>
    public static TriggerKey TriggerOf(JobKey job) => new(job.Name, job.Group);

    public static string Describe(JobKey job) => job.Name switch
    {
        "outbox-dispatch" => "Sends the emails waiting in the outbox",
        "reminder-sweep" => "Writes the reminders that are due to the outbox",
        _ => "Sends the daily digests and the administrators' review queue",
    };
}

/// <summary>Sends what the outbox holds. Several may run at once (on several instances): each row is leased before it is sent.</summary>
public sealed class OutboxDispatchJob(Outbox outbox) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // Batch after batch while there is something to send; rows that failed wait for their next attempt time.
        while (await outbox.DispatchDueAsync(200, cancellationToken) > 0 && !cancellationToken.IsCancellationRequested) { }
    }
}

/// <summary>Writes the reminders that are due to the outbox. One at a time across the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderSweepJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("reminders");
        await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(cancellationToken);
    }
}

/// <summary>Sends the daily digests and the administrators' review queue. One at a time across the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class DailyDigestJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem("digest");
        await scope.ServiceProvider.GetRequiredService<DailyDigest>().RunAsync(cancellationToken);
    }
}

/// <summary>Checks Scheduler:* and names the setting that is wrong, so a bad value stops the portal at start-up.</summary>
internal sealed class SchedulerOptionsValidation : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz.NET with its job store in the portal's own database (tables created by ProvisionSchema), clustered on
    /// PostgreSQL so several portal instances share the work. The sweep and digest triggers are cron schedules in
    /// Scheduler:TimeZone; a fire missed while the portal was down runs once when it is back (FireAndProceed).
    /// </summary>
    public static WebApplicationBuilder AddPortalScheduling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SchedulerOptions>, SchedulerOptionsValidation>();
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ReminderLinks>();
        builder.Services.AddScoped<ReminderSweep>();
        builder.Services.AddScoped<DailyDigest>();

        var scheduler = builder.Configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        // Bad settings are reported by the validation above, naming the setting, before Quartz would trip over them.
        if (!scheduler.Enabled || scheduler.Problems().Any()) return builder;

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var email = builder.Configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        var portal = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var zone = scheduler.Zone;

        // Restarting replaces the declared triggers, but each keeps its firing history: a fire missed while the
        // portal was down is a misfire, handled once, rather than forgotten.
        builder.Services.Configure<QuartzOptions>(o => o.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "portal");
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                switch (database.Provider)
                {
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(database.ConnectionString!);
                        store.UseClustering(_ => { });
                        break;
                    default:
                        store.UseSqlite(DataServiceCollectionExtensions.SqliteConnectionString(database, portal.ResolveDataDirectory(builder.Environment.ContentRootPath)));
                        break;
                }
                store.ProvisionSchema();
            });

            q.AddJob<OutboxDispatchJob>(j => j.WithIdentity(PortalJobs.Dispatch).WithDescription("Sends the email outbox"));
            q.AddTrigger(t => t.ForJob(PortalJobs.Dispatch).WithIdentity(PortalJobs.TriggerOf(PortalJobs.Dispatch)).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(email.DispatchIntervalSeconds)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));

            q.AddJob<ReminderSweepJob>(j => j.WithIdentity(PortalJobs.Sweep).WithDescription("Writes due reminders to the outbox"));
            q.AddTrigger(t => t.ForJob(PortalJobs.Sweep).WithIdentity(PortalJobs.TriggerOf(PortalJobs.Sweep))
                .WithCronSchedule(scheduler.SweepCron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

            q.AddJob<DailyDigestJob>(j => j.WithIdentity(PortalJobs.Digest).WithDescription("Sends the daily digests and the review queue"));
            q.AddTrigger(t => t.ForJob(PortalJobs.Digest).WithIdentity(PortalJobs.TriggerOf(PortalJobs.Digest))
                .WithCronSchedule(scheduler.DigestCron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
