using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Atlantic;
using Portal.Web.Email;
using Portal.Web.Email.Messages;
using Portal.Web.Reminders;
using Xunit.Abstractions;

namespace Portal.Tests.Integration;

/// <summary>
/// The scheduler itself (Quartz.NET on the portal's database) and delivery under faults: administrators see and pause
/// the jobs; a portal that was down past a due time sends the reminder once when it is back; an SMTP server that answers
/// 421 or refuses is retried until it accepts; a row leased by an instance that died is sent once its lease runs out.
/// </summary>
public abstract class SchedulingAndDelivery(Func<PortalApp> newApp)
{
    [Fact]
    public async Task Administrators_see_each_job_with_its_next_run_and_can_pause_one_and_staff_cannot()
    {
        await using var app = newApp().With("Scheduler:Enabled", "true");
        await app.InitializeAsync();
        using var admin = await app.SignedInAdministratorAsync();
        var page = await admin.OpenAsync("/Admin/Jobs");
        foreach (var job in PortalJobs.All)
        {
            Assert.NotNull(page.Document.QuerySelector($"[data-testid='job-{job.Name}']"));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", page.TestId($"next-{job.Name}"));
        }

        var paused = await admin.SubmitAndFollowAsync(page, $"form:has([data-testid='pause-{PortalJobs.Sweep.Name}'])");
        Assert.Equal("Paused", paused.Document.QuerySelector($"[data-testid='job-{PortalJobs.Sweep.Name}']")!.GetAttribute("data-state"));
        Assert.Contains("Paused:", paused.Text);

        var (_, _, _, staff) = await app.OrganizationWithStaffAsync();
        var denied = await staff.OpenAsync("/Admin/Jobs");
        Assert.Equal("/Account/AccessDenied", denied.Path);
    }

    [Fact]
    public async Task A_portal_down_past_a_due_time_sends_the_reminder_once_when_it_is_back()
    {
        using var smtp = new SmtpSink();
        string owner;
        var first = newApp().UseSmtp(smtp).With("Scheduler:Enabled", "true").With("Scheduler:SweepCron", "0/2 * * * * ?");
        await first.InitializeAsync();
        var org = await first.RegisterOrganizationAsync();
        owner = org.Owner.Email;
        using (var client = await first.SignedInClientAsync(org.Owner))
            await client.SubmitOfferAsync(await client.CreateOfferAsync(first));
        await Task.Delay(TimeSpan.FromSeconds(3)); // the sweep has run at least once: the schedule has a history
        await first.DisposeAsync();

        // Four days later (the fee reminder was due on the third), the portal starts again on the same database.
        await using var second = newApp().UseSmtp(smtp).SharingDatabaseWith(first)
            .With("Scheduler:Enabled", "true").With("Scheduler:SweepCron", "0/2 * * * * ?").With("Email:DispatchIntervalSeconds", "1");
        second.Clock.Advance(TimeSpan.FromDays(4));
        await second.InitializeAsync();
        _ = second.Services;

        bool Fee(ReceivedEmail m) => m.To.Equals(owner, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Record the employer compliance fee", StringComparison.Ordinal);
        var sent = await Eventually.ReadAsync(() => Task.FromResult(smtp.Received.Count(Fee)), n => n > 0, seconds: 60);
        Assert.Equal(1, sent);
        await Task.Delay(TimeSpan.FromSeconds(5)); // two more sweeps: nothing more
        Assert.Equal(1, smtp.Received.Count(Fee));
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

        var received = await Eventually.ReadAsync(() => Task.FromResult(smtp.Received.Where(m => m.To == to).ToList()), r => r.Count > 0, seconds: 60);
        var email = Assert.Single(received);
        Assert.Contains("A1234567", email.Text);
        var row = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.Recipient == to));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(failures + 1, row.Attempts);
        await Task.Delay(TimeSpan.FromSeconds(2));
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
            var row = Outbox.Prepare(message, nameof(OfferNumberMessage), "lease:" + to, now);
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
/// Two portal instances on one PostgreSQL database, Quartz clustered: a sweep finds 10,000 due reminders; every one is
/// delivered to the SMTP server and none twice (counted by the X-Portal-Key header, the outbox's idempotency key).
/// Prints the delivery rate; bench/outbox.sh runs this test to report it.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class TwoInstancesOnPostgres(ITestOutputHelper output)
{
    public const int Reminders = 10_000;

    [Fact]
    public async Task Ten_thousand_due_reminders_are_each_delivered_once_by_two_instances()
    {
        using var smtp = new SmtpSink();
        await using var first = new PostgresPortal().UseSmtp(smtp).With("Scheduler:Enabled", "true")
            .With("Scheduler:SweepCron", "0/5 * * * * ?").With("Email:DispatchIntervalSeconds", "1");
        await first.InitializeAsync();
        _ = first.Services;

        // One organization whose owner owns 10,000 settlement commitments due in three days.
        var org = await first.RegisterOrganizationAsync();
        using var owner = await first.SignedInClientAsync(org.Owner);
        await first.DesignateAsync(owner);
        var caseId = (await owner.OpenCaseAsync(await owner.CreateAtlanticOfferAsync(first))).CaseId();
        await first.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler().AsTask()
            .ContinueWith(async t => await (await t).PauseJob(PortalJobs.Sweep)).Unwrap();
        await first.WithDbAsync(async db =>
        {
            var endorsement = await db.EndorsementCases.SingleAsync(c => c.Id == caseId);
            var ownerId = await db.Users.Where(u => u.Email == org.Owner.Email).Select(u => u.Id).SingleAsync();
            var now = first.Clock.GetUtcNow().UtcDateTime;
            var today = DateOnly.FromDateTime(now);
            for (var i = 0; i < Reminders; i++)
                db.SettlementCommitments.Add(SettlementCommitment.Create(endorsement, CommitmentKind.Other, $"Commitment {i}", ownerId,
                    today.AddDays(3), today, ownerId, now).Commitment!);
            return await db.SaveChangesAsync();
        });

        await using var second = new PostgresPortal().UseSmtp(smtp).SharingDatabaseWith(first).With("Scheduler:Enabled", "true")
            .With("Scheduler:SweepCron", "0/5 * * * * ?").With("Email:DispatchIntervalSeconds", "1");
        await second.InitializeAsync();
        _ = second.Services;

        var clock = Stopwatch.StartNew();
        await first.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler().AsTask()
            .ContinueWith(async t => await (await t).ResumeJob(PortalJobs.Sweep)).Unwrap();
        bool Due(string key) => key.StartsWith(nameof(ReminderType.CommitmentDueSoon), StringComparison.Ordinal);
        var firstSeen = TimeSpan.Zero;
        await Eventually.ReadAsync(() =>
        {
            var n = smtp.Count;
            if (n > 0 && firstSeen == TimeSpan.Zero) firstSeen = clock.Elapsed;
            return Task.FromResult(n);
        }, n => n >= Reminders + 1, seconds: 900, everyMilliseconds: 500);
        var elapsed = clock.Elapsed - firstSeen;
        await Task.Delay(TimeSpan.FromSeconds(6)); // another sweep and dispatch: nothing more may arrive

        var keys = smtp.Keys().Where(Due).ToList();
        Assert.Equal(Reminders, keys.Count);
        Assert.Equal(Reminders, keys.Distinct(StringComparer.Ordinal).Count());
        var senders = await first.WithDbAsync(db => db.OutboxEmails.Where(o => o.Type == nameof(CommitmentDueSoonEmail) && o.Status == OutboxStatus.Sent).CountAsync());
        Assert.Equal(Reminders, senders);
        output.WriteLine($"Delivered {Reminders} reminders once each in {elapsed.TotalSeconds:0.0} s from the first: {Reminders / elapsed.TotalSeconds:0} emails/s with two instances.");
    }
}
