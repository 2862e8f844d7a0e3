using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Email;
using Portal.Web.Email.Messages;

namespace Portal.Tests.Integration;

/// <summary>
/// Every email is an outbox row first. With the SMTP server down, nothing is lost: the row waits and the dispatcher
/// sends it once the server is back, exactly once; a bad recipient is refused and kept as failed; an administrator
/// sees the outbox and retries a failed email.
/// </summary>
public abstract class DeliveringThroughTheOutbox(Func<PortalApp> newApp) : IAsyncLifetime
{
    private readonly int _smtpPort = SmtpSink.FreePort();
    private PortalApp _app = null!;

    public Task InitializeAsync()
    {
        _app = newApp().With("Scheduler:Enabled", "true").UseSmtpPort(_smtpPort).With("Email:SmtpTimeoutSeconds", "5")
            .With("Email:DispatchIntervalSeconds", "1").With("Email:RetryBaseSeconds", "1").With("Email:MaxAttempts", "50");
        return _app.InitializeAsync();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)_app).DisposeAsync();

    private Task<List<OutboxEmail>> RowsToAsync(string to) =>
        _app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(o => o.Recipient == to).ToListAsync());

    [Fact]
    public async Task With_the_smtp_server_down_the_email_waits_and_is_sent_once_when_it_is_back()
    {
        using var client = _app.NewClient();
        var email = Journeys.NewEmail("outbox");
        var landed = await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Outbox Co", Journeys.NewBusinessNumber(), email));
        Assert.Equal("/Account/RegisterConfirmation", landed.Path);
        Assert.Contains("it is queued and will be sent automatically", landed.Text);

        var waiting = Assert.Single(await RowsToAsync(email));
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.True(waiting.Attempts >= 1);
        Assert.False(string.IsNullOrEmpty(waiting.LastError));

        using var smtp = new SmtpSink(_smtpPort);
        // The portal's clock stands still: it is moved on until the row's next attempt comes due and the dispatcher sends it.
        var received = await _app.AdvanceUntilAsync(() => Task.FromResult(smtp.Received.Where(m => m.To == email).ToList()), r => r.Count > 0);
        var message = Assert.Single(received);
        Assert.Equal("Confirm your email address", message.Subject);
        var sent = await Eventually.ReadAsync(() => RowsToAsync(email), rows => rows.Single().Status == OutboxStatus.Sent);
        Assert.Equal(OutboxStatus.Sent, sent.Single().Status);
        // The one-time link does not linger in the database once sent.
        Assert.Empty(sent.Single().TextBody);
        _app.Clock.Advance(TimeSpan.FromMinutes(5)); // past any retry it could still have had
        await _app.DispatcherCameRoundAsync();
        Assert.Single(smtp.Received, m => m.To == email);

        // The link still works: the registration was never lost.
        var confirmed = await client.OpenAsync(new Uri(message.LinkTo("/Account/ConfirmEmail")).PathAndQuery);
        Assert.NotNull(confirmed.TestId("email-confirmed"));
    }

    [Fact]
    public async Task A_recipient_with_a_line_break_is_refused_and_kept_as_failed_and_a_key_queues_once()
    {
        using var smtp = new SmtpSink(_smtpPort);
        await using var scope = _app.Services.CreateAsyncScope();
        var emails = scope.ServiceProvider.GetRequiredService<PortalEmails>();
        const string injected = "worker@example.test\r\nBcc: everyone@example.test";
        Assert.False(await emails.SendAsync(injected, "en", new OfferNumberMessage("Ana Lima", "Clio", "Engineer", "A1234567")));
        var refused = Assert.Single(await RowsToAsync(injected));
        Assert.Equal(OutboxStatus.Failed, refused.Status);
        Assert.Contains("not a valid email address", refused.LastError);
        Assert.Equal(0, refused.Attempts);

        var to = Journeys.NewEmail("keyed");
        Assert.True(await emails.SendAsync(to, "fr", new OfferNumberMessage("Ana Lima", "Clio", "Ingénieure", "A7654321"), "offer:A7654321:number"));
        Assert.True(await emails.SendAsync(to, "fr", new OfferNumberMessage("Ana Lima", "Clio", "Ingénieure", "A7654321"), "offer:A7654321:number"));
        Assert.Single(await RowsToAsync(to));
        var mail = Assert.Single(smtp.Received, m => m.To == to);
        Assert.Equal("fr", mail.Language);
        Assert.DoesNotContain(smtp.Received, m => m.To.Contains("everyone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_administrator_sees_a_failed_email_and_retries_it()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<PortalEmails>()
                .SendAsync("bad address@", "en", new OfferNumberMessage("Ana Lima", "Clio", "Engineer", "A1234567")));
        }
        using var admin = await _app.SignedInAdministratorAsync();
        var failed = await admin.OpenAsync("/Admin/Outbox?status=Failed");
        var row = failed.Document.QuerySelectorAll("[data-testid='outbox-row']").Single(r => r.TextContent.Contains("bad address@", StringComparison.Ordinal));
        Assert.Contains("not a valid email address", row.TextContent);
        var retried = await admin.SubmitAndFollowAsync(failed, "[data-testid='retry-form']");
        Assert.Contains("will be sent again", retried.TestId("status-message"));
        // Retried, it fails again at the next sweep for the same reason, and says so.
        var again = await Eventually.ReadAsync(() => RowsToAsync("bad address@"), r => r.Single().Attempts > 0);
        Assert.True(again.Single().Attempts > 0);
    }
}

public sealed class DeliveringThroughTheOutboxOnSqlite() : DeliveringThroughTheOutbox(() => new SqlitePortal());
public sealed class DeliveringThroughTheOutboxOnPostgres() : DeliveringThroughTheOutbox(() => new PostgresPortal());
