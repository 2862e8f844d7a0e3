using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Email;
using Portal.Web.Email.Messages;

namespace Portal.Tests.Integration;

/// <summary>
/// An email waiting in the outbox holds its one-time link (a password reset) encrypted: whoever reads the table learns
/// nothing usable, while the email that arrives, sent by another instance of the portal, carries a link that works. A row
/// queued in plain text, before bodies were encrypted, still goes out.
/// </summary>
public abstract class KeepingOneTimeLinksUnreadableInTheOutbox(Func<PortalApp> newApp) : IAsyncLifetime, IDisposable
{
    private readonly SmtpSink _setUp = new();
    private PortalApp _app = null!;

    public Task InitializeAsync()
    {
        _app = newApp().UseSmtp(_setUp).With("Email:RetryBaseSeconds", "1").With("Email:SmtpTimeoutSeconds", "5");
        return _app.InitializeAsync();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)_app).DisposeAsync();

    public void Dispose()
    {
        _setUp.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<OutboxEmail> RowToAsync(string to, string type) =>
        _app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(o => o.Recipient == to && o.Type == type));

    [Fact]
    public async Task A_password_reset_waiting_in_the_outbox_holds_no_readable_link_and_arrives_with_one_that_works()
    {
        var org = await _app.RegisterOrganizationAsync();
        _setUp.Dispose(); // the mail server goes down: the reset email waits in the outbox

        using var client = _app.NewClient();
        var forgot = await client.OpenAsync("/Account/ForgotPassword");
        await client.SubmitAndFollowAsync(forgot, "main form", new Dictionary<string, string> { ["Email"] = org.Owner.Email });
        var waiting = await RowToAsync(org.Owner.Email, nameof(ResetPasswordMessage));
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        var stored = waiting.HtmlBody + waiting.TextBody;
        Assert.DoesNotContain("ResetPassword", stored, StringComparison.OrdinalIgnoreCase);

        // The server is back; another instance of the portal on the same database (and key ring) sends it.
        using var smtp = new SmtpSink(_setUp.Port);
        await using var other = newApp().SharingDatabaseWith(_app).UseSmtp(smtp);
        await other.InitializeAsync();
        other.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await other.Services.GetRequiredService<Outbox>().DispatchDueAsync(100, CancellationToken.None));

        var link = new Uri(Assert.Single(smtp.Received, m => m.To == org.Owner.Email).LinkTo("/Account/ResetPassword"));
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["code"].ToString();
        Assert.NotEmpty(code);
        Assert.DoesNotContain(code, stored, StringComparison.Ordinal);
        Assert.Empty((await RowToAsync(org.Owner.Email, nameof(ResetPasswordMessage))).TextBody);

        const string password = "copper kettle winter meadow";
        var reset = await client.OpenAsync(link.PathAndQuery);
        var done = await client.SubmitAndFollowAsync(reset, "main form", new Dictionary<string, string>
        {
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });
        Assert.Equal("/Account/Login", done.Path);
        using var again = _app.NewClient();
        Assert.Equal("/Organization", (await again.SignInAsync(org.Owner.Email, password)).Path);
    }

    [Fact]
    public async Task An_email_queued_in_plain_text_before_bodies_were_encrypted_still_goes_out()
    {
        var to = Journeys.NewEmail("legacy");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var message = scope.ServiceProvider.GetRequiredService<PortalEmails>()
                .Render(to, "en", new OfferNumberMessage("Ana Lima", "Legacy Inc.", "Welder", "A2468135"));
            // The row as the portal wrote it before: the entity's bodies as given, in clear.
            await _app.WithDbAsync(db =>
            {
                db.OutboxEmails.Add(OutboxEmail.Queue(message, nameof(OfferNumberMessage), "legacy:" + to, _app.Clock.GetUtcNow().UtcDateTime));
                return db.SaveChangesAsync();
            });
        }
        Assert.Contains("A2468135", (await RowToAsync(to, nameof(OfferNumberMessage))).TextBody);

        Assert.Equal(1, await _app.Services.GetRequiredService<Outbox>().DispatchDueAsync(100, CancellationToken.None));
        var email = Assert.Single(_setUp.Received, m => m.To == to);
        Assert.Contains("A2468135", email.Text);
        Assert.Contains("A2468135", email.Html);
        Assert.Equal(OutboxStatus.Sent, (await RowToAsync(to, nameof(OfferNumberMessage))).Status);
    }
}

public sealed class KeepingOneTimeLinksUnreadableInTheOutboxOnSqlite() : KeepingOneTimeLinksUnreadableInTheOutbox(() => new SqlitePortal());
public sealed class KeepingOneTimeLinksUnreadableInTheOutboxOnPostgres() : KeepingOneTimeLinksUnreadableInTheOutbox(() => new PostgresPortal());
