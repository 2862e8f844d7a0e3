using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Email;
using Portal.Web.Email.Messages;

namespace Portal.Tests.Integration;

/// <summary>
/// The portal keeps its SMTP connections open and reuses them, as the SMTP server counts them: many emails go over as
/// many connections as dispatcher workers; a message the server refuses is that message's failed attempt and the
/// connection carries on; a 421 closes the connection and the message goes over a new one, once; a server restarted
/// under a kept connection costs no failed attempt; every attempt of one outbox row carries the same Message-Id.
/// </summary>
public abstract class KeepingSmtpConnectionsOpen(Func<PortalApp> newApp)
{
    private static async Task<PortalApp> StartAsync(PortalApp app)
    {
        app.With("Email:FromAddress", "portal@example.test").With("Email:RetryBaseSeconds", "1").With("Email:SmtpTimeoutSeconds", "10");
        await app.InitializeAsync();
        _ = app.Services;
        return app;
    }

    /// <summary>Writes emails to the outbox without trying them, as the reminder sweep does; the test dispatches them.</summary>
    private static async Task<List<string>> QueueAsync(PortalApp app, int count)
    {
        var recipients = Enumerable.Range(0, count).Select(_ => Journeys.NewEmail("pooled")).ToList();
        await using var scope = app.Services.CreateAsyncScope();
        var emails = scope.ServiceProvider.GetRequiredService<PortalEmails>();
        var outbox = app.Services.GetRequiredService<Outbox>();
        await app.WithDbAsync(db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            foreach (var to in recipients)
                db.OutboxEmails.Add(outbox.Prepare(emails.Render(to, "en", new OfferNumberMessage("Ana", "Pool Inc.", "Welder", "A1234567")),
                    nameof(OfferNumberMessage), "pooled:" + to, now));
            return db.SaveChangesAsync();
        });
        return recipients;
    }

    private static Task<int> DispatchAsync(PortalApp app) =>
        app.Services.GetRequiredService<Outbox>().DispatchDueAsync(1000, CancellationToken.None);

    private static Task<OutboxEmail> RowToAsync(PortalApp app, string to) =>
        app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.Recipient == to));

    [Fact]
    public async Task Fifty_emails_in_two_batches_go_over_no_more_connections_than_workers()
    {
        using var smtp = new SmtpSink();
        await using var app = await StartAsync(newApp().UseSmtp(smtp).With("Email:DispatchParallelism", "3"));

        var first = await QueueAsync(app, 30);
        Assert.Equal(30, await DispatchAsync(app));
        var second = await QueueAsync(app, 20);
        Assert.Equal(20, await DispatchAsync(app));

        Assert.InRange(smtp.Connections, 1, 3);
        var keys = smtp.Keys();
        Assert.Equal(first.Concat(second).Select(to => "pooled:" + to).Order(), keys.Order());
    }

    [Fact]
    public async Task A_message_the_server_refuses_is_retried_later_and_the_connection_carries_the_others()
    {
        using var smtp = SmtpSink.Faulty("554", 1);
        await using var app = await StartAsync(newApp().UseSmtp(smtp).With("Email:DispatchParallelism", "1"));

        var recipients = await QueueAsync(app, 5);
        Assert.Equal(4, await DispatchAsync(app));
        Assert.Equal(4, smtp.Count);
        var refused = Assert.Single(recipients, to => smtp.Received.All(m => m.To != to));
        var waiting = await RowToAsync(app, refused);
        Assert.Equal((OutboxStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.Contains("554", waiting.LastError);

        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await DispatchAsync(app));
        Assert.Single(smtp.Received, m => m.To == refused);
        Assert.Equal(5, smtp.Count);
        Assert.Equal(1, smtp.Connections);
    }

    [Fact]
    public async Task A_421_closes_the_connection_and_the_message_goes_once_over_a_new_one_which_is_kept()
    {
        using var smtp = SmtpSink.Faulty("421", 1);
        await using var app = await StartAsync(newApp().UseSmtp(smtp).With("Email:DispatchParallelism", "1"));

        var to = Assert.Single(await QueueAsync(app, 1));
        Assert.Equal(0, await DispatchAsync(app));
        Assert.Equal(0, smtp.Count);
        Assert.Contains("421", (await RowToAsync(app, to)).LastError);

        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await DispatchAsync(app));
        Assert.Single(smtp.Received, m => m.To == to);
        var sent = await RowToAsync(app, to);
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal(2, smtp.Connections);

        await QueueAsync(app, 3);
        Assert.Equal(3, await DispatchAsync(app));
        Assert.Equal(2, smtp.Connections);
        Assert.Equal(4, smtp.Count);
    }

    [Fact]
    public async Task A_server_restarted_under_a_kept_connection_costs_no_failed_attempt()
    {
        var port = SmtpSink.FreePort();
        await using var app = await StartAsync(newApp().UseSmtpPort(port).With("Email:DispatchParallelism", "1"));
        await using var scope = app.Services.CreateAsyncScope();
        var emails = scope.ServiceProvider.GetRequiredService<PortalEmails>();
        var before = Journeys.NewEmail("before");
        using (var first = new SmtpSink(port))
        {
            Assert.True(await emails.SendAsync(before, "en", new OfferNumberMessage("Ana", "Restart Inc.", "Welder", "A1234567"), "restart:" + before));
            Assert.Single(first.Received, m => m.To == before);
        }

        using var second = new SmtpSink(port);
        var after = Journeys.NewEmail("after");
        Assert.True(await emails.SendAsync(after, "en", new OfferNumberMessage("Ana", "Restart Inc.", "Welder", "A7654321"), "restart:" + after));
        Assert.Single(second.Received, m => m.To == after);
        var row = await RowToAsync(app, after);
        Assert.Equal((OutboxStatus.Sent, 1), (row.Status, row.Attempts));
        Assert.Equal(1, second.Connections);
    }

    [Fact]
    public async Task Every_attempt_of_one_outbox_row_carries_the_same_message_id_so_a_copy_after_a_lost_reply_is_recognisable()
    {
        // The server takes the first message but its reply is lost (421): the portal, not knowing, sends it again.
        using var smtp = SmtpSink.Faulty("421", 1, keep: true);
        await using var app = await StartAsync(newApp().UseSmtp(smtp));

        var recipients = await QueueAsync(app, 2);
        await DispatchAsync(app);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        await DispatchAsync(app);

        var twice = recipients.Single(to => smtp.Received.Count(m => m.To == to) == 2);
        var copies = smtp.Received.Where(m => m.To == twice).ToList();
        var row = await RowToAsync(app, twice);
        Assert.All(copies, m => Assert.Equal($"<{row.Id:N}@example.test>", m.MessageId));
        Assert.All(copies, m => Assert.Equal(row.IdempotencyKey, m.Key));
        var once = Assert.Single(smtp.Received, m => m.To != twice);
        Assert.NotEqual(copies[0].MessageId, once.MessageId);
        Assert.Equal($"<{(await RowToAsync(app, once.To)).Id:N}@example.test>", once.MessageId);
    }
}

public sealed class KeepingSmtpConnectionsOpenOnSqlite() : KeepingSmtpConnectionsOpen(() => new SqlitePortal());
public sealed class KeepingSmtpConnectionsOpenOnPostgres() : KeepingSmtpConnectionsOpen(() => new PostgresPortal());
