using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Email;
using Portal.Web.Email.Messages;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Reminders;
using Xunit.Abstractions;

namespace Portal.Tests.Integration;

/// <summary>
/// The scheduler itself (Hangfire, its storage beside the portal's database) and delivery under faults: administrators
/// see, pause and run the jobs, and open Hangfire's dashboard; a portal that was down at the sweep's time sweeps once when
/// it is back; two portals in one process each run their own jobs; an SMTP server that answers 421 or refuses is retried
/// until it accepts; a row leased by an instance that died is sent once its lease runs out.
/// </summary>
public abstract class SchedulingAndDelivery(Func<PortalApp> newApp)
{
    private const string Time = @"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$";

    [Fact]
    public async Task Administrators_see_each_job_with_its_next_run_pause_and_resume_one_and_staff_cannot()
    {
        await using var app = newApp().With("Scheduler:Enabled", "true");
        await app.InitializeAsync();
        using var admin = await app.SignedInAdministratorAsync();
        var page = await admin.OpenAsync("/Admin/Jobs");
        foreach (var job in PortalJobs.All)
        {
            Assert.Equal("Scheduled", page.Document.QuerySelector($"[data-testid='job-{job}']")?.GetAttribute("data-state"));
            Assert.Matches(Time, page.TestId($"next-{job}"));
        }

        var paused = await admin.SubmitAndFollowAsync(page, $"form:has([data-testid='pause-{PortalJobs.Sweep}'])");
        Assert.Equal("Paused", paused.Document.QuerySelector($"[data-testid='job-{PortalJobs.Sweep}']")!.GetAttribute("data-state"));
        Assert.Equal("—", paused.TestId($"next-{PortalJobs.Sweep}"));
        Assert.Contains("Paused:", paused.Text);

        // The pause outlives the instance: the portal started again on the same storage keeps the sweep paused.
        await using (var restarted = newApp().SharingDatabaseWith(app).With("Scheduler:Enabled", "true"))
        {
            await restarted.InitializeAsync();
            var sweep = restarted.Services.GetRequiredService<ScheduledJobs>().List().Single(j => j.Job == PortalJobs.Sweep);
            Assert.Equal(JobState.Paused, sweep.State);
            Assert.Null(sweep.NextRunUtc);
        }

        var resumed = await admin.SubmitAndFollowAsync(paused, $"form:has([data-testid='resume-{PortalJobs.Sweep}'])");
        Assert.Equal("Scheduled", resumed.Document.QuerySelector($"[data-testid='job-{PortalJobs.Sweep}']")!.GetAttribute("data-state"));
        Assert.Matches(Time, resumed.TestId($"next-{PortalJobs.Sweep}"));
        Assert.Contains("Resumed:", resumed.Text);

        var (_, _, _, staff) = await app.OrganizationWithStaffAsync();
        var denied = await staff.OpenAsync("/Admin/Jobs");
        Assert.Equal("/Account/AccessDenied", denied.Path);
    }

    [Fact]
    public async Task Pausing_resuming_and_running_a_job_and_a_change_on_the_dashboard_are_security_events_with_who_and_from_where()
    {
        // The sweep runs once a year: here only when an administrator runs it.
        await using var app = newApp().With("Scheduler:Enabled", "true").With("Scheduler:SweepCron", "0 0 1 1 *");
        await app.InitializeAsync();
        var (email, admin) = await app.NewAdministratorAsync();
        using var _ = admin;
        admin.Http.DefaultRequestHeaders.Add(PortalApp.PeerAddressHeader, "203.0.113.27");

        var jobs = await admin.OpenAsync("/Admin/Jobs");
        var paused = await admin.SubmitAndFollowAsync(jobs, $"form:has([data-testid='pause-{PortalJobs.Sweep}'])");
        var resumed = await admin.SubmitAndFollowAsync(paused, $"form:has([data-testid='resume-{PortalJobs.Sweep}'])");
        Assert.Contains("Started now:", (await admin.SubmitAndFollowAsync(resumed, $"form:has([data-testid='run-{PortalJobs.Dispatch}'])")).Text);

        // Hangfire's dashboard: "Trigger now" on the digest, as its page's script sends it (the antiforgery token in a
        // header); the same without the token is refused, and is no event.
        using var recurring = await admin.GetAsync(JobsDashboard.Path + "/recurring");
        var dashboard = await new HtmlParser().ParseDocumentAsync(await recurring.Content.ReadAsStringAsync());
        string Meta(string name) => dashboard.QuerySelector($"meta[name='{name}']")!.GetAttribute("content")!;
        using var forged = await admin.Http.PostAsync(JobsDashboard.Path + "/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", PortalJobs.Sweep)]));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        using var trigger = new HttpRequestMessage(HttpMethod.Post, JobsDashboard.Path + "/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", PortalJobs.Digest)]),
        };
        trigger.Headers.Add(Meta("csrf-header"), Meta("csrf-token"));
        using (var triggered = await admin.Http.SendAsync(trigger)) Assert.True(triggered.IsSuccessStatusCode, triggered.StatusCode.ToString());

        // Newest first, filtered as an administrator filters them: security events of that person.
        var audit = await admin.OpenAsync("/Admin/Audit?kind=security&person=" + Uri.EscapeDataString(email));
        var events = audit.Document.QuerySelectorAll("[data-testid='audit-row']").Select(r => r.TextContent)
            .Where(r => r.Contains("Job", StringComparison.Ordinal) || r.Contains("jobs dashboard", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, events.Count);
        Assert.Contains("Change on the jobs dashboard", events[0]);
        Assert.Contains("recurring/trigger", events[0]);
        Assert.Contains(PortalJobs.Digest, events[0]);
        Assert.DoesNotContain(PortalJobs.Sweep, events[0]);
        Assert.Contains("Job run now", events[1]);
        Assert.Contains(PortalJobs.Dispatch, events[1]);
        Assert.Contains("Job resumed", events[2]);
        Assert.Contains(PortalJobs.Sweep, events[2]);
        Assert.Contains("Job paused", events[3]);
        Assert.Contains(PortalJobs.Sweep, events[3]);
        Assert.All(events, e => Assert.Contains(email, e));
        Assert.All(events, e => Assert.Contains("203.0.113.27", e));
        Assert.All(events, e => Assert.Matches(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", e));
    }

    [Fact]
    public async Task Administrators_with_two_factor_open_the_Hangfire_dashboard_with_its_scripts_and_others_are_refused()
    {
        await using var app = newApp().With("Scheduler:Enabled", "true");
        await app.InitializeAsync();
        using var admin = await app.SignedInAdministratorAsync();

        using var response = await admin.GetAsync(JobsDashboard.Path + "/recurring");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains(PortalJobs.Sweep, document.Body!.TextContent);
        Assert.Contains(PortalJobs.Digest, document.Body!.TextContent);
        Assert.DoesNotContain(app.ConnectionString, document.Body!.TextContent);

        // Under the portal's content security policy: no inline script, and every script and stylesheet answers. Only the
        // dashboard's pages allow inline styles (it colours job states with style attributes).
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        using (var jobsPage = await admin.GetAsync("/Admin/Jobs"))
            Assert.Contains("style-src 'self';", string.Join(";", jobsPage.Headers.GetValues("Content-Security-Policy")));
        var scripts = document.QuerySelectorAll("script").ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script: " + s.OuterHtml));
        var files = scripts.Select(s => s.GetAttribute("src")!)
            .Concat(document.QuerySelectorAll("link[rel='stylesheet']").Select(l => l.GetAttribute("href")!)).ToList();
        Assert.Contains(files, f => f.StartsWith(JobsDashboard.Path + "/css", StringComparison.Ordinal));
        foreach (var file in files)
        {
            using var answer = await admin.GetAsync(file);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{file}: {answer.StatusCode}");
            Assert.NotEmpty(await answer.Content.ReadAsByteArrayAsync());
        }

        // A change without the portal's antiforgery token is refused.
        using var forged = await admin.Http.PostAsync(JobsDashboard.Path + "/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", PortalJobs.Sweep)]));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        using (var anonymous = app.NewClient())
        {
            using var signIn = await anonymous.GetAsync(JobsDashboard.Path);
            Assert.StartsWith("/Account/Login", signIn.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
        var (_, owner, _, staff) = await app.OrganizationWithStaffAsync();
        Assert.Equal("/Account/AccessDenied", (await staff.OpenAsync(JobsDashboard.Path)).Path);
        Assert.Equal("/Account/AccessDenied", (await owner.OpenAsync(JobsDashboard.Path + "/recurring")).Path);
    }

    [Fact]
    public async Task A_portal_down_at_the_sweeps_time_sweeps_once_when_it_is_back()
    {
        using var smtp = new SmtpSink();
        await using var setup = newApp().UseSmtp(smtp);
        await setup.InitializeAsync();
        var org = await setup.RegisterOrganizationAsync();
        using (var client = await setup.SignedInClientAsync(org.Owner))
            await client.SubmitOfferAsync(await client.CreateOfferAsync(setup));

        // The sweep is due once a day, a few seconds from now; the portal with the scheduler starts, writes that into
        // Hangfire's storage, and stops before then.
        var due = DateTimeOffset.UtcNow.AddSeconds(10);
        due = due.AddTicks(-(due.Ticks % TimeSpan.TicksPerSecond));
        var local = TimeZoneInfo.ConvertTime(due, new SchedulerOptions().Zone);
        var daily = $"{local.Second} {local.Minute} {local.Hour} * * *";
        var first = newApp().UseSmtp(smtp).SharingDatabaseWith(setup).With("Scheduler:Enabled", "true").With("Scheduler:SweepCron", daily);
        await first.InitializeAsync();
        Assert.Equal(due.UtcDateTime, first.Services.GetRequiredService<ScheduledJobs>().List().Single(j => j.Job == PortalJobs.Sweep).NextRunUtc);
        await first.DisposeAsync();
        Assert.True(DateTimeOffset.UtcNow < due, "The portal stopped only after the sweep's time; this machine is too slow for the test's timing.");

        // Four days later on the portal's clock (the fee reminder was due on the third), after the sweep's time on the wall
        // clock, the portal starts again on the same database.
        await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2));
        await using var second = newApp().UseSmtp(smtp).SharingDatabaseWith(setup)
            .With("Scheduler:Enabled", "true").With("Scheduler:SweepCron", daily).With("Email:DispatchIntervalSeconds", "1");
        second.Clock.Advance(TimeSpan.FromDays(4));
        await second.InitializeAsync();
        var jobs = second.Services.GetRequiredService<ScheduledJobs>();

        bool Fee(ReceivedEmail m) => m.To.Equals(org.Owner.Email, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Record the employer compliance fee", StringComparison.Ordinal);
        var sent = await Eventually.ReadAsync(() => Task.FromResult(smtp.Received.Count(Fee)), n => n > 0, seconds: 60);
        Assert.Equal(1, sent);
        // The missed run ran once, and the schedule goes on: next at the same time tomorrow.
        var sweep = jobs.List().Single(j => j.Job == PortalJobs.Sweep);
        Assert.True(sweep.LastRunUtc >= due.UtcDateTime, $"last run {sweep.LastRunUtc:O}");
        Assert.Equal(due.UtcDateTime.AddDays(1), sweep.NextRunUtc);
        await second.DispatcherCameRoundAsync();
        Assert.Equal(1, smtp.Received.Count(Fee));
    }

    [Fact]
    public async Task Two_portals_in_one_process_each_run_their_own_jobs_on_their_own_database()
    {
        using var smtpA = new SmtpSink();
        using var smtpB = new SmtpSink();
        // The sweep runs once a year: here only when an administrator runs it.
        PortalApp Portal(SmtpSink smtp) => newApp().UseSmtp(smtp).With("Scheduler:Enabled", "true")
            .With("Scheduler:SweepCron", "0 0 1 1 *").With("Email:DispatchIntervalSeconds", "1");
        await using var a = Portal(smtpA);
        await using var b = Portal(smtpB);
        await a.InitializeAsync();
        await b.InitializeAsync();
        var ownerA = await a.OwnerOfCommitmentsDueSoonAsync(1);
        var ownerB = await b.OwnerOfCommitmentsDueSoonAsync(1);

        using var admin = await a.SignedInAdministratorAsync();
        var jobs = await admin.OpenAsync("/Admin/Jobs");
        var started = await admin.SubmitAndFollowAsync(jobs, $"form:has([data-testid='run-{PortalJobs.Sweep}'])");
        Assert.Contains("Started now:", started.Text);

        // Portal A's sweep ran with A's services: A's database, A's SMTP server.
        bool Reminder(ReceivedEmail m, string owner) =>
            m.To.Equals(owner, StringComparison.OrdinalIgnoreCase) && m.Key.StartsWith(nameof(ReminderType.CommitmentDueSoon), StringComparison.Ordinal);
        var sent = await Eventually.ReadAsync(() => Task.FromResult(smtpA.Received.Count(m => Reminder(m, ownerA))), n => n > 0, seconds: 60);
        Assert.Equal(1, sent);
        Assert.Matches(Time, (await admin.OpenAsync("/Admin/Jobs")).TestId($"last-{PortalJobs.Sweep}"));
        // Portal B, with a reminder just as due, swept nothing and its sweep has never run.
        // Both dispatchers have sent whatever was due in their outbox by now.
        await a.DispatcherCameRoundAsync();
        await b.DispatcherCameRoundAsync();
        Assert.DoesNotContain(smtpB.Received, m => Reminder(m, ownerB));
        Assert.DoesNotContain(smtpA.Received, m => Reminder(m, ownerB));
        Assert.Null(b.Services.GetRequiredService<ScheduledJobs>().List().Single(j => j.Job == PortalJobs.Sweep).LastRunUtc);
    }

    [Theory]
    [InlineData("421", 2)]
    [InlineData("554", 3)]
    public async Task An_smtp_server_that_answers_with_an_error_is_retried_until_it_accepts_and_the_email_arrives_once(string code, int failures)
    {
        using var smtp = SmtpSink.Faulty(code, failures);
        await using var app = newApp().UseSmtp(smtp).With("Scheduler:Enabled", "true")
            .With("Email:DispatchIntervalSeconds", "1").With("Email:RetryBaseSeconds", "1");
        await app.InitializeAsync();
        var to = Journeys.NewEmail("faults");
        await app.Services.GetRequiredService<PortalEmails>().SendAsync(to, "en", new OfferNumberMessage("Ana", "Faults Inc.", "Welder", "A1234567"), "faults:" + to);

        // The portal's clock stands still: it is moved on, a second at a time, past each retry's backoff.
        var received = await app.AdvanceUntilAsync(() => Task.FromResult(smtp.Received.Where(m => m.To == to).ToList()), r => r.Count > 0, seconds: 60);
        var email = Assert.Single(received);
        Assert.Contains("A1234567", email.Text);
        // The server has the message before the dispatcher records the batch it was in: the row says so a moment later.
        var row = await Eventually.ReadAsync(() => app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.Recipient == to)),
            r => r.Status == OutboxStatus.Sent, seconds: 10, everyMilliseconds: 50);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(failures + 1, row.Attempts);
        app.Clock.Advance(TimeSpan.FromMinutes(5)); // past any retry it could still have had
        await app.DispatcherCameRoundAsync();
        Assert.Single(smtp.Received, m => m.To == to);
    }

    [Fact]
    public async Task A_row_leased_by_an_instance_that_stopped_mid_send_is_sent_once_its_lease_runs_out()
    {
        using var smtp = new SmtpSink();
        await using var app = newApp().UseSmtp(smtp);
        await app.InitializeAsync();
        var to = Journeys.NewEmail("lease");
        var message = app.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider
            .GetRequiredService<PortalEmails>().Render(to, "en", new OfferNumberMessage("Ana", "Lease Inc.", "Welder", "A7654321"));
        await app.WithDbAsync(db =>
        {
            // The state a crash leaves: the row leased to an instance that is gone, not marked sent.
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var row = app.Services.GetRequiredService<Outbox>().Prepare(message, nameof(OfferNumberMessage), "lease:" + to, now);
            row.LeaseTo("instance-that-died", now + Outbox.Lease);
            db.OutboxEmails.Add(row);
            return db.SaveChangesAsync();
        });
        var outbox = app.Services.GetRequiredService<Outbox>();
        Assert.Equal(0, await outbox.DispatchDueAsync(50, CancellationToken.None));
        Assert.Empty(smtp.Received);

        app.Clock.Advance(Outbox.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await outbox.DispatchDueAsync(50, CancellationToken.None));
        Assert.Equal(0, await outbox.DispatchDueAsync(50, CancellationToken.None));
        Assert.Single(smtp.Received, m => m.To == to);
    }
}

public sealed class SchedulingAndDeliveryOnSqlite() : SchedulingAndDelivery(() => new SqlitePortal());
public sealed class SchedulingAndDeliveryOnPostgres() : SchedulingAndDelivery(() => new PostgresPortal());

/// <summary>
/// Two portal instances on one PostgreSQL database, sharing Hangfire's storage in it: a sweep finds the due reminders;
/// both dispatchers send them, and every one reaches the SMTP server once (counted by the X-Portal-Key header, the
/// outbox's idempotency key). Prints the delivery rate.
/// </summary>
public abstract class TwoInstancesOnPostgres(ITestOutputHelper output)
{
    protected async Task DeliverOnceAsync(int reminders, int smtpWorkers = 1, bool rawStore = false)
    {
        using var smtp = SmtpSink.ForBenchmark(smtpWorkers, rawStore);
        PortalApp Instance() => new PostgresPortal().UseSmtp(smtp).With("Scheduler:Enabled", "true")
            .With("Scheduler:SweepCron", "*/5 * * * * *").With("Email:DispatchIntervalSeconds", "1");
        await using var first = Instance();
        await first.InitializeAsync();
        // Paused while the reminders are written, so that one sweep finds them all with both instances running.
        first.Services.GetRequiredService<ScheduledJobs>().Pause(PortalJobs.Sweep);
        await first.OwnerOfCommitmentsDueSoonAsync(reminders);

        await using var second = Instance().SharingDatabaseWith(first);
        await second.InitializeAsync();
        _ = second.Services;

        var before = smtp.Count;
        var clock = Stopwatch.StartNew();
        first.Services.GetRequiredService<ScheduledJobs>().Resume(PortalJobs.Sweep);
        var firstSeen = TimeSpan.Zero;
        await Eventually.ReadAsync(() =>
        {
            var n = smtp.Count - before;
            if (n > 0 && firstSeen == TimeSpan.Zero) firstSeen = clock.Elapsed;
            return Task.FromResult(n);
        }, n => n >= reminders, seconds: 900, everyMilliseconds: 500);
        var elapsed = clock.Elapsed - firstSeen;
        // Another sweep and dispatch: nothing more may arrive. Waits for a sweep enqueued after the last email arrived
        // to have succeeded (Hangfire's record of the recurring job), then for both dispatchers to come round.
        var storage = first.Services.GetRequiredService<Hangfire.JobStorage>();
        var lastEmail = DateTime.UtcNow;
        var sweep = await Eventually.ReadAsync(() =>
        {
            using var connection = storage.GetConnection();
            return Task.FromResult(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection, [PortalJobs.Sweep]).Single());
        }, r => r.LastExecution > lastEmail && r.LastJobState == Hangfire.States.SucceededState.StateName, seconds: 60, everyMilliseconds: 500);
        Assert.True(sweep.LastExecution > lastEmail && sweep.LastJobState == Hangfire.States.SucceededState.StateName,
            $"No sweep succeeded after the last email; last {sweep.LastExecution:O} {sweep.LastJobState}");
        await first.DispatcherCameRoundAsync();
        await second.DispatcherCameRoundAsync();

        bool Due(string key) => key.StartsWith(nameof(ReminderType.CommitmentDueSoon), StringComparison.Ordinal);
        var keys = smtp.Keys().Where(Due).ToList();
        Assert.Equal(reminders, keys.Count);
        Assert.Equal(reminders, keys.Distinct(StringComparer.Ordinal).Count());
        var sent = await first.WithDbAsync(db => db.OutboxEmails.Where(o => o.Type == nameof(ReminderType.CommitmentDueSoon) && o.Status == OutboxStatus.Sent).CountAsync());
        Assert.Equal(reminders, sent);
        output.WriteLine($"Delivered {reminders} reminders once each in {elapsed.TotalSeconds:0.0} s from the first: {reminders / elapsed.TotalSeconds:0} emails/s with two instances, {smtpWorkers} SMTP server process(es), {(rawStore ? "raw" : "Mailbox handler")}.");
    }
}

[Collection(RunsAlone.Name)]
public sealed class TwoInstancesSendingReminders(ITestOutputHelper output) : TwoInstancesOnPostgres(output)
{
    [Fact]
    public Task A_thousand_due_reminders_are_each_delivered_once_by_two_instances() => DeliverOnceAsync(1_000);
}

/// <summary>
/// The outbox benchmark: bench/outbox.sh runs it (--filter Category=Benchmark) with PORTAL_BENCH_OUTBOX reminders,
/// 10,000 unless set, to an SMTP server of PORTAL_BENCH_SMTP_WORKERS processes (1 unless set) that stores messages through
/// aiosmtpd's Mailbox handler or, with PORTAL_BENCH_SMTP_STORE=raw, as received. tests/run.sh leaves the category out, so
/// the suite neither runs nor skips it.
/// </summary>
[Collection(RunsAlone.Name)]
[Trait("Category", "Benchmark")]
public sealed class TwoInstancesBenchmark(ITestOutputHelper output) : TwoInstancesOnPostgres(output)
{
    [Fact]
    public Task Ten_thousand_due_reminders_are_each_delivered_once_by_two_instances() =>
        DeliverOnceAsync(Setting("PORTAL_BENCH_OUTBOX", 10_000), Setting("PORTAL_BENCH_SMTP_WORKERS", 1),
            Environment.GetEnvironmentVariable("PORTAL_BENCH_SMTP_STORE") == "raw");

    private static int Setting(string name, int otherwise) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var n) && n > 0 ? n : otherwise;
}

internal static class DueReminders
{
    /// <summary>
    /// A new organization whose owner owns <paramref name="count"/> settlement commitments due in three days: each a
    /// reminder due now, without moving the clock. Returns the owner's address.
    /// </summary>
    public static async Task<string> OwnerOfCommitmentsDueSoonAsync(this PortalApp app, int count)
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        await app.DesignateAsync(owner);
        var caseId = (await owner.OpenCaseAsync(await owner.CreateAtlanticOfferAsync(app))).CaseId();
        await app.WithDbAsync(async db =>
        {
            var endorsement = await db.EndorsementCases.SingleAsync(c => c.Id == caseId);
            var ownerId = await db.Users.Where(u => u.Email == org.Owner.Email).Select(u => u.Id).SingleAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var today = DateOnly.FromDateTime(now);
            for (var i = 0; i < count; i++)
                db.SettlementCommitments.Add(SettlementCommitment.Create(endorsement, CommitmentKind.Other, $"Commitment {i}", ownerId,
                    today.AddDays(3), today, ownerId, now).Commitment!);
            return await db.SaveChangesAsync();
        });
        return org.Owner.Email;
    }
}
