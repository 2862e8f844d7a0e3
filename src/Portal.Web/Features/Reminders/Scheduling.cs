using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Identity;

namespace Portal.Web.Features.Reminders;

/// <summary>The portal's scheduled jobs, by id (for the sweep and the digest, their Hangfire recurring-job id).</summary>
public static class PortalJobs
{
    public const string Dispatch = "outbox-dispatch";
    public const string Sweep = "reminder-sweep";
    public const string Digest = "daily-digest";

    public static readonly IReadOnlyList<string> All = [Dispatch, Sweep, Digest];

    /// <summary>The jobs Hangfire runs; the dispatcher is a loop of each instance (<see cref="OutboxDispatchJob"/>).</summary>
    public static readonly IReadOnlyList<string> Recurring = [Sweep, Digest];

    public static string Describe(string job) => job switch
    {
        Dispatch => "Sends the emails waiting in the outbox",
        Sweep => "Writes the reminders that are due to the outbox",
        _ => "Sends the daily digests and the administrators' review queue",
    };
}

/// <summary>Writes the reminders that are due to the outbox. Hangfire runs it on Scheduler:SweepCron.</summary>
public sealed class ReminderSweepJob(ReminderSweep sweep, CurrentActor actor, ILogger<ReminderSweepJob> logger)
{
    // Neither attribute is what keeps a reminder from going out twice: each reminder's key is unique in the outbox and
    // the sweep writes in one transaction with what it read, so two sweeps at once write each reminder once. The lock
    // only spares a second sweep (a "Run now" during a scheduled one) work the first is doing; it waits rather than fails.
    // A few retries cover a short outage of the database; the next scheduled sweep does the same work anyway.
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken ct)
    {
        actor.ActAsSystem("reminders");
        try
        {
            await sweep.RunAsync(ct);
        }
        catch (Exception e)
        {
            // Hangfire records the failure and retries; this makes it visible in the portal's log too.
            logger.LogError(e, "Reminder sweep failed");
            throw;
        }
    }
}

/// <summary>Sends the daily digests and the administrators' review queue. Hangfire runs it at Scheduler:DigestHour.</summary>
public sealed class DailyDigestJob(DailyDigest digest, CurrentActor actor, ILogger<DailyDigestJob> logger)
{
    // As for the sweep: each digest's key (person and day) is unique in the outbox; the lock and the retries are for
    // efficiency and for a short outage at the digest hour, not for correctness.
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken ct)
    {
        actor.ActAsSystem("digest");
        try
        {
            await digest.RunAsync(ct);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Daily digest failed");
            throw;
        }
    }
}

/// <summary>Registers the recurring jobs (or keeps the paused ones paused) when the portal starts.</summary>
internal sealed class RecurringJobsAtStartup(ScheduledJobs jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.ScheduleAll();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Hangfire's tables live in a schema of their own in the portal's PostgreSQL or SQL Server database.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>
    /// Hangfire runs the reminder sweep (Scheduler:SweepCron) and the daily digest (Scheduler:DigestHour), both in
    /// Scheduler:TimeZone, with its storage beside the portal's data: a "hangfire" schema of the portal's PostgreSQL (or
    /// SQL Server) database, where several instances share the work, or hangfire.db in the data folder with SQLite. A run
    /// missed while the portal was down runs once when it is back (MisfireHandlingMode.Relaxed). The outbox dispatcher
    /// is a loop of each instance (<see cref="OutboxDispatchJob"/>). Scheduler:Enabled=false: none of this here.
    /// </summary>
    public static WebApplicationBuilder AddPortalScheduling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SchedulerOptions>>(new Security.ProblemsValidator<SchedulerOptions>(o => o.Problems()));
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ReminderLinks>();
        builder.Services.AddScoped<ReminderSweep>();
        builder.Services.AddScoped<DailyDigest>();

        var scheduler = builder.Configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        // Bad settings are reported by the validation above, naming the setting, before Hangfire would trip over them.
        if (!scheduler.Enabled || scheduler.Problems().Any()) return builder;

        // Hangfire's own registration (AddHangfire, AddHangfireServer, RecurringJob.AddOrUpdate) goes through process-wide
        // statics: GlobalConfiguration, JobStorage.Current, JobActivator.Current. With two portal hosts in one process (the
        // tests start several), the last one configured would be the storage and the services every host's jobs run with.
        // Each host builds its own instead, from its own services: storage, client, recurring-job manager, and a server
        // given that storage and a job activator over this host's container.
        var services = builder.Services;
        services.AddSingleton(sp => CreateStorage(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            sp.GetRequiredService<IOptions<PortalOptions>>().Value.ResolveDataDirectory(sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            sp.GetRequiredService<IOptions<SchedulerOptions>>().Value.PollInterval));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>(), JobFilterProviders.Providers));
        services.AddSingleton<IRecurringJobManager>(sp =>
            new RecurringJobManager(sp.GetRequiredService<JobStorage>(), JobFilterProviders.Providers, new DefaultTimeZoneResolver()));
        services.AddSingleton<OutboxDispatchJob>();
        services.AddSingleton<ScheduledJobs>();

        services.AddHostedService<RecurringJobsAtStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatchJob>());
        services.AddHostedService(sp => new BackgroundJobServerHostedService(
            sp.GetRequiredService<JobStorage>(),
            new BackgroundJobServerOptions
            {
                Activator = new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()),
                FilterProvider = JobFilterProviders.Providers,
                TimeZoneResolver = new DefaultTimeZoneResolver(),
                SchedulePollingInterval = scheduler.PollInterval,
                // Two recurring jobs: one worker each is enough, and every worker polls the storage.
                WorkerCount = 2,
            },
            [],
            sp.GetRequiredService<IHostApplicationLifetime>()));
        return builder;
    }

    /// <summary>Hangfire's storage for the portal's database provider; the schema or file is created when missing.</summary>
    public static JobStorage CreateStorage(DatabaseOptions database, string dataDirectory, TimeSpan pollInterval)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                var postgres = new PostgreSqlStorageOptions
                {
                    SchemaName = HangfireSchema,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = pollInterval,
                };
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString!, postgres), postgres);
            case DatabaseProvider.SqlServer:
                return new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                {
                    SchemaName = HangfireSchema,
                    PrepareSchemaIfNecessary = true,
                    // The client EF Core's SQL Server provider already brings, rather than the obsolete System.Data.SqlClient.
                    SqlClientFactory = Microsoft.Data.SqlClient.SqlClientFactory.Instance,
                });
            default:
                Directory.CreateDirectory(dataDirectory);
                return new SQLiteStorage(Path.Combine(dataDirectory, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = pollInterval });
        }
    }
}
